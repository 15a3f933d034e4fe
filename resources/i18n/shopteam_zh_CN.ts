<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountLabels</name>
    <message>
        <location filename="../../shopteam/ui/accounts/labels.py" line="14"/>
        <source>Owner</source>
        <translation>店主</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/labels.py" line="15"/>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/labels.py" line="16"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/labels.py" line="20"/>
        <source>May see the roster</source>
        <translation>可查看花名册</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/labels.py" line="21"/>
        <source>May edit staff records</source>
        <translation>可编辑员工档案</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/labels.py" line="22"/>
        <source>May edit departments, roles and plans</source>
        <translation>可编辑部门、岗位和人员配置</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/labels.py" line="23"/>
        <source>May see salaries</source>
        <translation>可查看薪资</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/labels.py" line="24"/>
        <source>May change salaries</source>
        <translation>可修改薪资</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/labels.py" line="25"/>
        <source>May see ID card numbers</source>
        <translation>可查看身份证号</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/labels.py" line="26"/>
        <source>May see bank accounts</source>
        <translation>可查看银行账号</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/labels.py" line="27"/>
        <source>May manage accounts</source>
        <translation>可管理账号</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/labels.py" line="28"/>
        <source>May see the audit log</source>
        <translation>可查看操作日志</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/labels.py" line="29"/>
        <source>May import attendance for everyone</source>
        <translation>可为所有人导入考勤</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/labels.py" line="30"/>
        <source>May compute, approve and reopen the payout</source>
        <translation>可核算、批准和重新开启奖金核算</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/labels.py" line="31"/>
        <source>May change the pay rules</source>
        <translation>可修改薪酬规则</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/labels.py" line="32"/>
        <source>May open appraisal cycles and edit schemes</source>
        <translation>可开启考核周期并编辑考核方案</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/labels.py" line="33"/>
        <source>May compute, calibrate and score appraisals</source>
        <translation>可计算、校准和评分绩效考核</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/labels.py" line="34"/>
        <source>May import KPI figures</source>
        <translation>可导入 KPI 数据</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/labels.py" line="35"/>
        <source>May record rewards and penalties</source>
        <translation>可登记奖惩</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/labels.py" line="36"/>
        <source>May file leave and overtime for others</source>
        <translation>可为他人提交请假和加班申请</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/labels.py" line="37"/>
        <source>May make and restore backups</source>
        <translation>可备份和恢复数据</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/labels.py" line="38"/>
        <source>May change the work rules (shifts, calendar)</source>
        <translation>可修改考勤规则（班次、日历）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/labels.py" line="39"/>
        <source>May create boards and set goals for their departments</source>
        <translation>可为本部门建看板、定目标</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/labels.py" line="40"/>
        <source>May recruit (positions, candidates, hiring)</source>
        <translation>可招聘（职位、候选人、录用入职）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/labels.py" line="41"/>
        <source>May review probations</source>
        <translation>可进行转正评估</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/labels.py" line="42"/>
        <source>May hold the weekly meeting of their departments</source>
        <translation>可主持本部门的周例会</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/labels.py" line="43"/>
        <source>May manage training (plans, sessions, attendance, evaluations)</source>
        <translation>可管理培训（计划、场次、签到、评估）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/labels.py" line="44"/>
        <source>May manage onboarding checklists (templates, ticking items)</source>
        <translation>可管理入职清单（模板、勾选事项）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/messages.py" line="24"/>
        <source>This field is required.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/messages.py" line="25"/>
        <source>The password needs at least {n} characters.</source>
        <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/messages.py" line="26"/>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/messages.py" line="27"/>
        <source>The user name {username} is taken.</source>
        <translation>用户名 {username} 已被占用。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/messages.py" line="28"/>
        <source>Unknown access level {level}.</source>
        <translation>未知的访问级别 {level}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/messages.py" line="29"/>
        <source>Only the owner can create another owner.</source>
        <translation>只有店主才能创建另一个店主账号。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/messages.py" line="30"/>
        <source>This person has an account already.</source>
        <translation>此人已有账号。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/messages.py" line="31"/>
        <source>Unknown permission {names}.</source>
        <translation>未知的权限 {names}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/messages.py" line="32"/>
        <source>The last owner account cannot be switched off.</source>
        <translation>最后一个店主账号不能停用。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/messages.py" line="33"/>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/messages.py" line="34"/>
        <source>The record no longer exists. Refresh and try again.</source>
        <translation>该记录已不存在。请刷新后重试。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/messages.py" line="35"/>
        <source>You are not allowed to do this.</source>
        <translation>您无权执行此操作。</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../../shopteam/ui/accounts/model.py" line="26"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/model.py" line="26"/>
        <source>Access level</source>
        <translation>访问级别</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/model.py" line="26"/>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/model.py" line="27"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/model.py" line="27"/>
        <source>Individual permissions</source>
        <translation>单独授权</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/model.py" line="27"/>
        <source>Last login</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/model.py" line="58"/>
        <source>Closed (left %1)</source>
        <translation>已停用（离职 %1）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/model.py" line="62"/>
        <source>Yes, until %1</source>
        <translation>是（至 %1）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/model.py" line="63"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/model.py" line="60"/>
        <source>Switched off</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/model.py" line="66"/>
        <source>Everything</source>
        <translation>全部权限</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../shopteam/ui/accounts/page.py" line="41"/>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/page.py" line="49"/>
        <source>You are not allowed to manage accounts. Ask the shop owner if you need a new account or a permission.</source>
        <translation>您无权管理账号。如需新账号或权限，请联系店主。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/page.py" line="59"/>
        <source>New account…</source>
        <translation>新建账号…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/page.py" line="60"/>
        <source>Edit permissions…</source>
        <translation>编辑授权…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/page.py" line="61"/>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/page.py" line="62"/>
        <location filename="../../shopteam/ui/accounts/page.py" line="133"/>
        <source>Switch off</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/page.py" line="63"/>
        <source>Change my password…</source>
        <translation>修改我的密码…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/page.py" line="132"/>
        <source>Switch on</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/page.py" line="159"/>
        <source>Account {name} created.</source>
        <translation>账号 {name} 已创建。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/page.py" line="170"/>
        <source>Permissions of {name} saved.</source>
        <translation>{name} 的授权已保存。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/page.py" line="182"/>
        <source>The password of {name} was reset.</source>
        <translation>{name} 的密码已重置。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/page.py" line="186"/>
        <source>Your password was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/page.py" line="200"/>
        <source>{name} can no longer log in.</source>
        <translation>{name} 已无法登录。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/page.py" line="202"/>
        <source>{name} can log in again.</source>
        <translation>{name} 可以重新登录了。</translation>
    </message>
</context>
<context>
    <name>Appraisal</name>
    <message>
        <location filename="../../shopteam/ui/appraisal/models.py" line="27"/>
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/models.py" line="27"/>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/models.py" line="28"/>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/models.py" line="28"/>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/models.py" line="29"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/models.py" line="30"/>
        <source>Self-assessment</source>
        <translation>自评</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/models.py" line="31"/>
        <source>Supervisor review</source>
        <translation>上级评分</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/models.py" line="32"/>
        <source>Calibration</source>
        <translation>绩效校准</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/models.py" line="33"/>
        <source>Finalised</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/models.py" line="34"/>
        <source>Interviewed</source>
        <translation>已面谈</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/calibration.py" line="49"/>
        <location filename="../../shopteam/ui/appraisal/models.py" line="50"/>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/calibration.py" line="49"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/calibration.py" line="50"/>
        <location filename="../../shopteam/ui/appraisal/models.py" line="50"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/calibration.py" line="50"/>
        <location filename="../../shopteam/ui/appraisal/models.py" line="51"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/calibration.py" line="51"/>
        <source>Computed score</source>
        <translation>计算得分</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/calibration.py" line="52"/>
        <source>Calibrated score</source>
        <translation>校准得分</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/calibration.py" line="53"/>
        <source>Calibrated grade</source>
        <translation>校准等级</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/calibration.py" line="53"/>
        <source>Reason</source>
        <translation>校准原因</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/calibration.py" line="80"/>
        <source>Over the forced limit for %1: adjust the score or accept the excess.</source>
        <translation>超出%1的强制分布上限：可调整得分或接受超出。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/models.py" line="51"/>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/models.py" line="52"/>
        <source>Scheme</source>
        <translation>考核方案</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/models.py" line="52"/>
        <source>Final score</source>
        <translation>最终得分</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/calibration.py" line="51"/>
        <location filename="../../shopteam/ui/appraisal/models.py" line="53"/>
        <source>Grade</source>
        <translation>考核等级</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/models.py" line="53"/>
        <source>State</source>
        <translation>阶段</translation>
    </message>
</context>
<context>
    <name>AppraisalChartsDialog</name>
    <message>
        <location filename="../../shopteam/ui/appraisal/charts.py" line="45"/>
        <source>Appraisal charts · %1</source>
        <translation>绩效图表 · %1</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/charts.py" line="61"/>
        <source>Grade distribution</source>
        <translation>等级分布</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/charts.py" line="78"/>
        <source>Person</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/charts.py" line="85"/>
        <source>Score trend</source>
        <translation>得分趋势</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/charts.py" line="87"/>
        <source>Save as PNG…</source>
        <translation>另存为 PNG…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/charts.py" line="90"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopteam/ui/appraisal/charts.py" line="134"/>
        <source>Grades of %1 (%n people)</source>
        <translation>
            <numerusform>%1 等级分布（共 %n 人）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/charts.py" line="135"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/charts.py" line="136"/>
        <source>limit %1 (%2 %)</source>
        <translation>上限 %1 人（%2%）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/charts.py" line="136"/>
        <source>over the forced limit</source>
        <translation>超出强制分布</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopteam/ui/appraisal/charts.py" line="140"/>
        <source>Red: more people than the forced distribution allows (%n over).</source>
        <translation>
            <numerusform>红色：人数超过强制分布允许的人数（超出 %n 人）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/charts.py" line="141"/>
        <source>The distribution is within the forced limits.</source>
        <translation>等级分布在强制分布上限之内。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/charts.py" line="150"/>
        <source>Nobody to show.</source>
        <translation>没有可显示的人员。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/charts.py" line="165"/>
        <source>%1: score over the 12 months to %2</source>
        <translation>%1：截至 %2 的近 12 个月得分</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/charts.py" line="167"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/charts.py" line="167"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/charts.py" line="167"/>
        <source>No appraisal in these months.</source>
        <translation>这段时间没有考核。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/charts.py" line="185"/>
        <source>grades-%1.png</source>
        <translation>等级分布-%1.png</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/charts.py" line="187"/>
        <source>score-trend-%1.png</source>
        <translation>得分趋势-%1.png</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/charts.py" line="188"/>
        <source>Save as PNG</source>
        <translation>另存为 PNG</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/charts.py" line="188"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
</context>
<context>
    <name>AppraisalPage</name>
    <message>
        <location filename="../../shopteam/ui/appraisal/page.py" line="76"/>
        <source>Open cycle</source>
        <translation>开启考核周期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/page.py" line="78"/>
        <source>Compute</source>
        <translation>计算得分</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/page.py" line="80"/>
        <location filename="../../shopteam/ui/appraisal/page.py" line="255"/>
        <source>Finalise</source>
        <translation>定稿</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/page.py" line="82"/>
        <location filename="../../shopteam/ui/appraisal/page.py" line="266"/>
        <source>Reopen</source>
        <translation>重新开启</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/page.py" line="84"/>
        <source>Calibration…</source>
        <translation>绩效校准…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/page.py" line="86"/>
        <source>Everyone ranked by score against the forced distribution; adjust a score with a reason</source>
        <translation>按得分排名并对照强制分布；填写原因后可调整得分</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/page.py" line="88"/>
        <source>Charts…</source>
        <translation>图表…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/page.py" line="91"/>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/page.py" line="92"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/page.py" line="94"/>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/page.py" line="108"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/page.py" line="108"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/page.py" line="97"/>
        <source>Schemes…</source>
        <translation>考核方案…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/page.py" line="99"/>
        <source>Appraisal schemes: indicators, weights and scoring per role</source>
        <translation>考核方案：各岗位的指标、权重和计分方式</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/page.py" line="180"/>
        <source>No cycle for this month</source>
        <translation>本月没有考核周期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/page.py" line="196"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/page.py" line="244"/>
        <source>The cycle is open.</source>
        <translation>考核周期已开启。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/page.py" line="250"/>
        <source>Scores computed from KPI figures, boards and attendance.</source>
        <translation>已根据考核指标数据、看板和考勤计算得分。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/page.py" line="256"/>
        <source>Finalise the cycle? Scores are locked afterwards; only the owner can reopen it.</source>
        <translation>定稿此考核周期？定稿后得分将被锁定，只有店主可以重新开启。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/page.py" line="261"/>
        <source>The cycle is finalised.</source>
        <translation>考核周期已定稿。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/page.py" line="266"/>
        <source>Why is the cycle reopened?</source>
        <translation>为什么要重新开启考核周期？</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/page.py" line="271"/>
        <source>The cycle is reopened.</source>
        <translation>考核周期已重新开启。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/page.py" line="313"/>
        <source>Monthly appraisal sheets</source>
        <translation>月度绩效考核表</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/page.py" line="329"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/page.py" line="330"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/page.py" line="336"/>
        <source>Writing the appraisal sheets…</source>
        <translation>正在生成绩效考核表…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopteam/ui/appraisal/page.py" line="341"/>
        <source>%n page(s) written.</source>
        <translation>
            <numerusform>已生成 %n 页。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignRoleDialog</name>
    <message>
        <location filename="../../shopteam/ui/org/assign_dialog.py" line="43"/>
        <source>Assign role</source>
        <translation>安排任职</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/assign_dialog.py" line="53"/>
        <source>Ends on</source>
        <translation>结束于</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/assign_dialog.py" line="57"/>
        <source>Primary role</source>
        <translation>主岗位</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/assign_dialog.py" line="59"/>
        <source>A person has one primary role at a time. A new primary role ends the current one on the day before it starts.</source>
        <translation>一个人同一时间只有一个主岗位。新的主岗位开始时，当前主岗位在其前一天结束。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/assign_dialog.py" line="62"/>
        <source>e.g. promotion, transfer</source>
        <translation>例如：晋升、调岗</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/assign_dialog.py" line="68"/>
        <source>Person:</source>
        <translation>员工：</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/assign_dialog.py" line="69"/>
        <source>&amp;Role:</source>
        <translation>岗位(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/assign_dialog.py" line="70"/>
        <source>&amp;Start date:</source>
        <translation>开始日期(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/assign_dialog.py" line="71"/>
        <source>End date:</source>
        <translation>结束日期：</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/assign_dialog.py" line="73"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/assign_dialog.py" line="76"/>
        <source>There are no roles yet. Add roles first.</source>
        <translation>还没有岗位。请先添加岗位。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/assign_dialog.py" line="89"/>
        <source>Choose a role.</source>
        <translation>请选择岗位。</translation>
    </message>
</context>
<context>
    <name>AssignmentsPanel</name>
    <message>
        <location filename="../../shopteam/ui/org/assignments.py" line="43"/>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/assignments.py" line="44"/>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/assignments.py" line="45"/>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/assignments.py" line="45"/>
        <source>(current)</source>
        <translation>（至今）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/assignments.py" line="47"/>
        <source>Primary</source>
        <translation>主岗位</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/assignments.py" line="47"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/assignments.py" line="47"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/assignments.py" line="48"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/assignments.py" line="63"/>
        <source>Assign role…</source>
        <translation>安排任职…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/assignments.py" line="64"/>
        <source>End…</source>
        <translation>结束任职…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/assignments.py" line="65"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/assignments.py" line="66"/>
        <source>Remove an assignment that was entered by mistake</source>
        <translation>删除误录的任职记录</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/assignments.py" line="73"/>
        <source>Person:</source>
        <translation>员工：</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/assignments.py" line="94"/>
        <source>%1 (left)</source>
        <translation>%1（已离职）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/assignments.py" line="150"/>
        <source>Delete role assignment</source>
        <translation>删除任职记录</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/assignments.py" line="151"/>
        <source>Delete the assignment to %1 from %2? Use this only for a mistake; to record that someone stopped holding a role, end it instead.</source>
        <translation>删除自 %2 起担任 %1 的任职记录？仅在录入错误时使用；如要记录某人不再担任该岗位，请结束任职。</translation>
    </message>
</context>
<context>
    <name>AsyncPage</name>
    <message>
        <location filename="../../shopteam/ui/imports/base.py" line="41"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../shopteam/ui/training/dialogs.py" line="168"/>
        <source>Attendance: %1, %2</source>
        <translation>签到：%1，%2</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/dialogs.py" line="180"/>
        <source>Tick those who attended:</source>
        <translation>勾选出席的人：</translation>
    </message>
</context>
<context>
    <name>AttendanceLabels</name>
    <message>
        <location filename="../../shopteam/ui/attendance/labels.py" line="8"/>
        <source>Annual leave</source>
        <translation>年假</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/labels.py" line="9"/>
        <source>Personal leave</source>
        <translation>事假</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/labels.py" line="10"/>
        <source>Sick leave</source>
        <translation>病假</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/labels.py" line="11"/>
        <source>Time off in lieu</source>
        <translation>调休</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/labels.py" line="12"/>
        <source>Marriage leave</source>
        <translation>婚假</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/labels.py" line="13"/>
        <source>Maternity leave</source>
        <translation>产假</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/labels.py" line="14"/>
        <source>Bereavement leave</source>
        <translation>丧假</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/labels.py" line="17"/>
        <source>Leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/labels.py" line="18"/>
        <source>Overtime</source>
        <translation>加班</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/labels.py" line="19"/>
        <source>Missing-punch correction</source>
        <translation>补卡申请</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/labels.py" line="22"/>
        <source>Pending</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/labels.py" line="23"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/labels.py" line="24"/>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <location filename="../../shopteam/ui/attendance/page.py" line="63"/>
        <source>Import attendance…</source>
        <translation>导入考勤…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/page.py" line="67"/>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/page.py" line="70"/>
        <source>Overtime chart…</source>
        <translation>加班图表…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/page.py" line="75"/>
        <source>Work rules…</source>
        <translation>考勤规则…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/page.py" line="77"/>
        <source>Shifts, weekly patterns, grace minutes, overtime block, free corrections and calendar overrides</source>
        <translation>班次、工作周、宽限分钟、加班计算单位、免费补卡次数和日历调整</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/page.py" line="101"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/page.py" line="104"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/page.py" line="138"/>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/page.py" line="165"/>
        <source>Nobody to show for %1.</source>
        <translation>%1 没有可显示的人员。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/page.py" line="174"/>
        <source>%1 has not begun: nothing is counted yet.</source>
        <translation>%1 尚未开始，暂无统计。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/page.py" line="175"/>
        <source>Month in progress: figures to date (up to %1); days still to come are not counted.</source>
        <translation>本月进行中：数据截至 %1，尚未到来的日子不计入。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopteam/ui/attendance/page.py" line="183"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/page.py" line="220"/>
        <source>Overtime by department</source>
        <translation>各部门加班</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/page.py" line="239"/>
        <source>attendance-%1.xlsx</source>
        <translation>考勤-%1.xlsx</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/page.py" line="238"/>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/page.py" line="240"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/page.py" line="262"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/page.py" line="268"/>
        <source>The attendance of %1 was exported to %2.</source>
        <translation>%1 的考勤已导出到 %2。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/page.py" line="272"/>
        <source>Exporting the attendance…</source>
        <translation>正在导出考勤…</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="18"/>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="19"/>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="20"/>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="21"/>
        <source>Approved</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="22"/>
        <source>Rejected</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="23"/>
        <source>Locked</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="24"/>
        <source>Unlocked</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="25"/>
        <source>Archived</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="26"/>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="27"/>
        <source>Marked as left</source>
        <translation>办理离职</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="28"/>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="29"/>
        <source>Exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="30"/>
        <source>Logged in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="31"/>
        <source>Moved</source>
        <translation>移动</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="32"/>
        <source>Rejoined</source>
        <translation>重新入职</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="33"/>
        <source>Reopened</source>
        <translation>重新开启</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="34"/>
        <source>Calibrated</source>
        <translation>绩效校准</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="35"/>
        <source>Computed</source>
        <translation>核算</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="39"/>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="40"/>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="41"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="42"/>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="43"/>
        <location filename="../../shopteam/ui/audit/labels.py" line="93"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="44"/>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="45"/>
        <source>Role assignment</source>
        <translation>任职</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="46"/>
        <source>Staffing plan</source>
        <translation>人员配置</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="47"/>
        <source>Staffing plan line</source>
        <translation>人员配置明细</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="48"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="49"/>
        <source>Backup settings</source>
        <translation>备份设置</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="50"/>
        <source>Demo shop</source>
        <translation>演示店铺</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="51"/>
        <source>Attendance rules</source>
        <translation>考勤规则</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="52"/>
        <source>Work calendar day</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="53"/>
        <source>Work pattern</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="54"/>
        <source>Leave request</source>
        <translation>请假申请</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="55"/>
        <source>Overtime application</source>
        <translation>加班申请</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="56"/>
        <source>Missing-punch correction</source>
        <translation>补卡申请</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="57"/>
        <source>Roster import</source>
        <translation>花名册导入</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="58"/>
        <location filename="../../shopteam/ui/audit/labels.py" line="59"/>
        <source>Attendance import</source>
        <translation>考勤导入</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="60"/>
        <source>Timesheet import</source>
        <translation>工时表导入</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="61"/>
        <source>Timesheet entry</source>
        <translation>工时记录</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="62"/>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="63"/>
        <source>Column</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="64"/>
        <source>Card</source>
        <translation>任务卡片</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="65"/>
        <source>Card comment</source>
        <translation>任务卡片评论</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="66"/>
        <source>Checklist item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="67"/>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="68"/>
        <source>Appraisal scheme</source>
        <translation>考核方案</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="69"/>
        <source>Appraisal cycle</source>
        <translation>考核周期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="70"/>
        <source>Appraisal</source>
        <translation>绩效考核</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="71"/>
        <source>Reward or penalty</source>
        <translation>奖惩记录</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="72"/>
        <source>Payout</source>
        <translation>奖金核算</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="73"/>
        <source>Pay rules</source>
        <translation>薪酬规则</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="74"/>
        <source>Pay rule override</source>
        <translation>薪酬规则例外</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="75"/>
        <source>Year-end bonus</source>
        <translation>年终奖</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="76"/>
        <source>Weekly meeting</source>
        <translation>周例会</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="77"/>
        <source>Weekly meeting part</source>
        <translation>周例会个人汇报</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="78"/>
        <source>Issue or decision</source>
        <translation>问题与决议</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="79"/>
        <source>Action item</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="84"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="85"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="86"/>
        <source>Access level</source>
        <translation>访问级别</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="87"/>
        <source>Individual permissions</source>
        <translation>单独授权</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="88"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="89"/>
        <source>Staff record</source>
        <translation>员工档案</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="90"/>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="91"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="92"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="94"/>
        <source>Manager</source>
        <translation>直属上级</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="95"/>
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="96"/>
        <source>Leave date</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="97"/>
        <source>Reason for leaving</source>
        <translation>离职原因</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="98"/>
        <source>Base salary</source>
        <translation>基本工资</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="99"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="100"/>
        <source>Attendance from timesheets</source>
        <translation>按工时计考勤</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="135"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/labels.py" line="135"/>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../shopteam/ui/audit/model.py" line="31"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/model.py" line="31"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/model.py" line="31"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/model.py" line="31"/>
        <source>What</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/model.py" line="31"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../shopteam/ui/audit/page.py" line="60"/>
        <source>Audit log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/page.py" line="67"/>
        <source>You are not allowed to see the audit log.</source>
        <translation>您无权查看操作日志。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/page.py" line="77"/>
        <source>Search summary and values…</source>
        <translation>搜索摘要和字段值…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/page.py" line="79"/>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/page.py" line="80"/>
        <source>Record kind:</source>
        <translation>记录类型：</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/page.py" line="82"/>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/page.py" line="101"/>
        <location filename="../../shopteam/ui/audit/page.py" line="205"/>
        <source>Select a record to see what changed.</source>
        <translation>选择一条记录查看修改内容。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/page.py" line="149"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/page.py" line="150"/>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/page.py" line="181"/>
        <source>Showing the newest {n} records; narrow the filter to see older ones.</source>
        <translation>仅显示最新的 {n} 条记录；缩小筛选范围可查看更早的记录。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/page.py" line="184"/>
        <source>{n} records</source>
        <translation>{n} 条记录</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/page.py" line="207"/>
        <source>{when} · {who} · {action} {what}</source>
        <translation>{when} · {who} · {action}{what}</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/page.py" line="212"/>
        <source>No field values were recorded for this change.</source>
        <translation>此次修改未记录字段值。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/page.py" line="222"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/page.py" line="222"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/page.py" line="222"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/page.py" line="222"/>
        <source>Record kind</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/page.py" line="223"/>
        <source>Record no.</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/page.py" line="223"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/page.py" line="223"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/page.py" line="223"/>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/page.py" line="235"/>
        <source>Export the audit log</source>
        <translation>导出操作日志</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/page.py" line="236"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/page.py" line="241"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/page.py" line="250"/>
        <source>Exporting the audit log…</source>
        <translation>正在导出操作日志…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/page.py" line="254"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，未写入文件。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/page.py" line="253"/>
        <source>The export failed: {reason}</source>
        <translation>导出失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/page.py" line="251"/>
        <source>Exported {n} records to {path}.</source>
        <translation>已导出 {n} 条记录到 {path}。</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../shopteam/ui/backups.py" line="35"/>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/backups.py" line="36"/>
        <source>by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/backups.py" line="37"/>
        <source>before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/backups.py" line="43"/>
        <source>before an update</source>
        <translation>升级前</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../shopteam/ui/backups.py" line="62"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/backups.py" line="66"/>
        <source>Taken at</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/backups.py" line="66"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/backups.py" line="66"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/backups.py" line="75"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/backups.py" line="78"/>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/backups.py" line="82"/>
        <source>Back up automatically (at the day&apos;s first start and on closing)</source>
        <translation>自动备份（每天首次启动时和关闭时）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/backups.py" line="90"/>
        <source>Save the settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/backups.py" line="98"/>
        <source>Folder: %1</source>
        <translation>备份文件夹：%1</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/backups.py" line="106"/>
        <source>Daily backups kept</source>
        <translation>保留每日备份（份）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/backups.py" line="107"/>
        <source>Monthly backups kept</source>
        <translation>保留每月备份（份）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/backups.py" line="159"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/backups.py" line="167"/>
        <source>Backup written to %1</source>
        <translation>备份已写入 %1</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/backups.py" line="169"/>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/backups.py" line="176"/>
        <location filename="../../shopteam/ui/backups.py" line="197"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/backups.py" line="177"/>
        <source>Replace everything in ShopTeam with the backup of %1? A copy of the data as it is now is kept first, so this can be undone.</source>
        <translation>用 %1 的备份替换网店团队管家中的全部数据？替换前会先保存当前数据的副本，可以撤销。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/backups.py" line="185"/>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/backups.py" line="193"/>
        <source>Restored. The data as it was before is kept in %1.</source>
        <translation>已恢复。恢复前的数据保存在 %1。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/backups.py" line="207"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../../shopteam/ui/boards/page.py" line="69"/>
        <source>No swimlanes</source>
        <translation>不分泳道</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/page.py" line="69"/>
        <source>Swimlanes by person</source>
        <translation>按人员分泳道</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/page.py" line="70"/>
        <source>Swimlanes by department</source>
        <translation>按部门分泳道</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/page.py" line="76"/>
        <source>New card</source>
        <translation>新建任务卡片</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/page.py" line="79"/>
        <source>Flow</source>
        <translation>流动分析</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/page.py" line="80"/>
        <location filename="../../shopteam/ui/boards/page.py" line="460"/>
        <location filename="../../shopteam/ui/boards/page.py" line="476"/>
        <source>Weekly report</source>
        <translation>周报</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/page.py" line="82"/>
        <source>New board…</source>
        <translation>新建看板…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/page.py" line="83"/>
        <source>Columns and WIP limits…</source>
        <translation>阶段与在制品上限…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/page.py" line="84"/>
        <source>Add the Friday weekly-report card for everyone</source>
        <translation>为所有人添加每周五的周报任务卡片</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/page.py" line="86"/>
        <source>Recurring cards</source>
        <translation>周期性任务卡片</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/page.py" line="88"/>
        <source>Export cards to Excel…</source>
        <translation>导出任务卡片到 Excel…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/page.py" line="89"/>
        <source>Import cards from Excel…</source>
        <translation>从 Excel 导入任务卡片…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/page.py" line="91"/>
        <location filename="../../shopteam/ui/boards/page.py" line="383"/>
        <source>Archive this board</source>
        <translation>归档此看板</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/page.py" line="93"/>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/page.py" line="111"/>
        <source>Drag cards between columns, or select one and press Ctrl+←/→ (column) or Ctrl+↑/↓ (order). Double-click or Enter opens a card.</source>
        <translation>在阶段之间拖动任务卡片，或选中后按 Ctrl+←/→（换阶段）、Ctrl+↑/↓（调顺序）。双击或按回车打开任务卡片。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/page.py" line="116"/>
        <source>Board:</source>
        <translation>看板：</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/page.py" line="119"/>
        <source>Overdue only</source>
        <translation>只看已逾期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/page.py" line="211"/>
        <source>%1 (weekly)</source>
        <translation>%1（每周）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/page.py" line="211"/>
        <source>%1 (monthly)</source>
        <translation>%1（每月）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/page.py" line="377"/>
        <source>The weekly-report card appears every Friday for everyone (%1 made now).</source>
        <translation>周报任务卡片每周五为所有人生成（本次生成 %1 张）。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/page.py" line="384"/>
        <source>Archive the board %1? Its cards and history are kept.</source>
        <translation>归档看板 %1？其任务卡片和历史记录会保留。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/page.py" line="400"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/page.py" line="408"/>
        <source>Export cards to Excel</source>
        <translation>导出任务卡片到 Excel</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/page.py" line="414"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopteam/ui/boards/page.py" line="427"/>
        <source>%n card(s) exported to %1.</source>
        <translation>
            <numerusform>已导出 %n 张任务卡片到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/page.py" line="430"/>
        <source>Exporting cards…</source>
        <translation>正在导出任务卡片…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/page.py" line="435"/>
        <source>Import cards from Excel</source>
        <translation>从 Excel 导入任务卡片</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/page.py" line="450"/>
        <source>Import failed, nothing was added: %1</source>
        <translation>导入失败，未添加任何内容：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopteam/ui/boards/page.py" line="453"/>
        <source>%n card(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 张任务卡片。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/page.py" line="456"/>
        <source>Importing cards…</source>
        <translation>正在导入任务卡片…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/page.py" line="460"/>
        <source>weekly-report-%1.xlsx</source>
        <translation>周报-%1.xlsx</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopteam/ui/boards/page.py" line="473"/>
        <source>Weekly report of %n person(s) written to %1.</source>
        <translation>
            <numerusform>%n 人的周报已写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../../shopteam/ui/attendance/work_rules_calendar.py" line="72"/>
        <source>As China&apos;s calendar says</source>
        <translation>按国家日历</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/work_rules_calendar.py" line="77"/>
        <source>Note, e.g. the shop works through the 618 sale</source>
        <translation>备注，例如：618 大促期间正常上班</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/work_rules_calendar.py" line="78"/>
        <source>Set the day</source>
        <translation>设置该日</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/work_rules_calendar.py" line="85"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/work_rules_calendar.py" line="89"/>
        <source>Selected day is</source>
        <translation>所选日期设为</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/work_rules_calendar.py" line="155"/>
        <source>%1 is set.</source>
        <translation>%1 已设置。</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <location filename="../../shopteam/ui/appraisal/calibration.py" line="98"/>
        <source>Calibration · %1</source>
        <translation>绩效校准 · %1</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/calibration.py" line="105"/>
        <source>Distribution (count / allowed):</source>
        <translation>等级分布（人数 / 允许人数）：</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/calibration.py" line="129"/>
        <location filename="../../shopteam/ui/appraisal/calibration.py" line="198"/>
        <location filename="../../shopteam/ui/appraisal/calibration.py" line="261"/>
        <source>Choose a person in the table.</source>
        <translation>请在表格中选择员工。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/calibration.py" line="138"/>
        <source>Why is the score adjusted? (required)</source>
        <translation>为什么调整得分？（必填）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/calibration.py" line="139"/>
        <source>Adjust</source>
        <translation>调整</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/calibration.py" line="144"/>
        <source>Adjust the selected person&apos;s score</source>
        <translation>调整所选员工的得分</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/calibration.py" line="148"/>
        <source>Calibrated score</source>
        <translation>校准得分</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/calibration.py" line="150"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/calibration.py" line="159"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopteam/ui/appraisal/calibration.py" line="192"/>
        <source>%1 · %2 · %n people ranked by score</source>
        <translation>
            <numerusform>%1 · %2 · 共 %n 人，按得分排名</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/calibration.py" line="200"/>
        <source>The cycle is finalised: the ranking is shown, scores can no longer be adjusted.</source>
        <translation>考核周期已定稿：只显示排名，不能再调整得分。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/calibration.py" line="210"/>
        <source>%1: %2 (no limit)</source>
        <translation>%1：%2（不限）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/calibration.py" line="212"/>
        <source>%1: %2 / %3 (limit %4 %)</source>
        <translation>%1：%2 / %3（上限 %4%）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopteam/ui/appraisal/calibration.py" line="219"/>
        <source>%n person(s) over the forced distribution, in red: lower a score or accept it.</source>
        <translation>
            <numerusform>%n 人超出强制分布（红色标出）：可调低得分，或接受超出。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/calibration.py" line="223"/>
        <source>The distribution is within the forced limits.</source>
        <translation>等级分布在强制分布上限之内。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/calibration.py" line="250"/>
        <source>%1 (%2), rank %3</source>
        <translation>%1（%2），第 %3 名</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/calibration.py" line="273"/>
        <source>%1: %2 (%3), now rank %4.</source>
        <translation>%1：%2（%3），现排第 %4 名。</translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <location filename="../../shopteam/ui/people/dialogs.py" line="137"/>
        <source>Add a candidate</source>
        <translation>添加候选人</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/dialogs.py" line="147"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/dialogs.py" line="148"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/dialogs.py" line="149"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/dialogs.py" line="150"/>
        <source>CV file</source>
        <translation>简历文件</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/dialogs.py" line="151"/>
        <source>Expected salary</source>
        <translation>期望薪资</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/dialogs.py" line="152"/>
        <source>Applied on</source>
        <translation>投递日期</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <location filename="../../shopteam/ui/boards/card_dialog.py" line="89"/>
        <source>Card</source>
        <translation>任务卡片</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/card_dialog.py" line="89"/>
        <source>New card</source>
        <translation>新建任务卡片</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/card_dialog.py" line="97"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/card_dialog.py" line="97"/>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/card_dialog.py" line="97"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/card_dialog.py" line="97"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/card_dialog.py" line="100"/>
        <source>Separate tags with commas</source>
        <translation>多个标签用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/card_dialog.py" line="106"/>
        <source>none</source>
        <translation>未估计</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/card_dialog.py" line="107"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/card_dialog.py" line="109"/>
        <source>(no goal)</source>
        <translation>（无目标）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/card_dialog.py" line="121"/>
        <source>Does not recur</source>
        <translation>不重复</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/card_dialog.py" line="121"/>
        <source>Every week</source>
        <translation>每周</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/card_dialog.py" line="122"/>
        <source>Every month</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/card_dialog.py" line="125"/>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/card_dialog.py" line="125"/>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/card_dialog.py" line="125"/>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/card_dialog.py" line="125"/>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/card_dialog.py" line="126"/>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/card_dialog.py" line="126"/>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/card_dialog.py" line="126"/>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/card_dialog.py" line="131"/>
        <source>day </source>
        <translation>每月 </translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/card_dialog.py" line="133"/>
        <source>one card</source>
        <translation>一张任务卡片</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/card_dialog.py" line="133"/>
        <source>one card per assignee</source>
        <translation>每位负责人一张任务卡片</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/card_dialog.py" line="134"/>
        <source>one card for everyone</source>
        <translation>所有人共用一张任务卡片</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/card_dialog.py" line="144"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/card_dialog.py" line="145"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/card_dialog.py" line="146"/>
        <source>Assignees</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/card_dialog.py" line="147"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/card_dialog.py" line="148"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/card_dialog.py" line="149"/>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/card_dialog.py" line="150"/>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/card_dialog.py" line="151"/>
        <source>Estimate</source>
        <translation>预计工时</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/card_dialog.py" line="153"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/card_dialog.py" line="155"/>
        <source>Hours reported in timesheets for this card (not rejected)</source>
        <translation>工时表中为此卡片登记的工时（不含已驳回）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/card_dialog.py" line="156"/>
        <source>Hours logged</source>
        <translation>已登记工时</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/card_dialog.py" line="157"/>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/card_dialog.py" line="158"/>
        <source>Recurrence</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/card_dialog.py" line="162"/>
        <source>%1 · %2 · created %3 by %4</source>
        <translation>%1 · %2 · %4 创建于 %3</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/card_dialog.py" line="168"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/card_dialog.py" line="170"/>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/card_dialog.py" line="171"/>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/card_dialog.py" line="172"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/card_dialog.py" line="184"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/card_dialog.py" line="184"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/card_dialog.py" line="207"/>
        <source>New checklist item</source>
        <translation>新的检查项</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/card_dialog.py" line="209"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/card_dialog.py" line="211"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/card_dialog.py" line="244"/>
        <source>Write a comment</source>
        <translation>写评论</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/card_dialog.py" line="245"/>
        <source>Add comment</source>
        <translation>添加评论</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/card_dialog.py" line="257"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/card_dialog.py" line="257"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/card_dialog.py" line="257"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/card_dialog.py" line="257"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/card_dialog.py" line="261"/>
        <source>(created)</source>
        <translation>（新建）</translation>
    </message>
</context>
<context>
    <name>CardListModel</name>
    <message>
        <location filename="../../shopteam/ui/boards/card_model.py" line="79"/>
        <source>Due %1</source>
        <translation>截止 %1</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../shopteam/ui/accounts/password_dialog.py" line="18"/>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/password_dialog.py" line="29"/>
        <source>Current password:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/password_dialog.py" line="30"/>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/password_dialog.py" line="31"/>
        <source>Repeat new password:</source>
        <translation>再次输入新密码：</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/password_dialog.py" line="34"/>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/password_dialog.py" line="42"/>
        <source>You are not logged in with an account.</source>
        <translation>您未使用账号登录。</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <location filename="../../shopteam/ui/audit/model.py" line="71"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/model.py" line="71"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/audit/model.py" line="71"/>
        <source>After</source>
        <translation>修改后</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <location filename="../../shopteam/ui/widgets/checklist.py" line="41"/>
        <source>%1 (done %2, %3)</source>
        <translation>%1（%2 完成，%3）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/widgets/checklist.py" line="46"/>
        <source>%1 of %2 items done</source>
        <translation>已完成 %1 / %2 项</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/widgets/checklist.py" line="66"/>
        <source>Another item, then Enter</source>
        <translation>再添一项，按回车</translation>
    </message>
</context>
<context>
    <name>ClosingDialog</name>
    <message>
        <location filename="../../shopteam/ui/payout/closing_dialog.py" line="19"/>
        <source>%1: a %2 request is still pending</source>
        <translation>%1：%2申请尚未审批</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/closing_dialog.py" line="20"/>
        <source>%1: the appraisal is not finalised (%2)</source>
        <translation>%1：绩效考核尚未定稿（%2）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/closing_dialog.py" line="21"/>
        <source>%1: no punch and no timesheet all month</source>
        <translation>%1：本月没有任何打卡或工时记录</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/closing_dialog.py" line="22"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/closing_dialog.py" line="25"/>
        <source>leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/closing_dialog.py" line="26"/>
        <source>overtime</source>
        <translation>加班</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/closing_dialog.py" line="27"/>
        <source>missing-punch correction</source>
        <translation>补卡</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/closing_dialog.py" line="30"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/closing_dialog.py" line="31"/>
        <source>self-assessment</source>
        <translation>自评</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/closing_dialog.py" line="32"/>
        <source>supervisor review</source>
        <translation>上级评分</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/closing_dialog.py" line="33"/>
        <source>calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/closing_dialog.py" line="62"/>
        <source>Approve the payout of %1</source>
        <translation>批准 %1 的奖金核算</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopteam/ui/payout/closing_dialog.py" line="65"/>
        <source>%n item(s) are still open or need a second look. Approve anyway? Your confirmation is recorded in the audit log.</source>
        <translation>
            <numerusform>还有 %n 项未处理或需要复核。仍要批准吗？您的确认将记入操作日志。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/closing_dialog.py" line="75"/>
        <source>Confirm and approve</source>
        <translation>确认并批准</translation>
    </message>
</context>
<context>
    <name>ColumnHeader</name>
    <message>
        <location filename="../../shopteam/ui/boards/kanban.py" line="105"/>
        <source>Over the WIP limit: %1 cards, limit %2</source>
        <translation>超出在制品上限：%1 张任务卡片，上限 %2</translation>
    </message>
</context>
<context>
    <name>ColumnsDialog</name>
    <message>
        <location filename="../../shopteam/ui/boards/board_dialogs.py" line="99"/>
        <source>Columns and WIP limits</source>
        <translation>阶段与在制品上限</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/board_dialogs.py" line="107"/>
        <source>Column</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/board_dialogs.py" line="107"/>
        <source>WIP limit</source>
        <translation>在制品上限</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/board_dialogs.py" line="107"/>
        <source>Done column</source>
        <translation>完成阶段</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/board_dialogs.py" line="114"/>
        <source>Add column</source>
        <translation>添加阶段</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/board_dialogs.py" line="115"/>
        <source>New column</source>
        <translation>新阶段</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/board_dialogs.py" line="116"/>
        <source>Remove column</source>
        <translation>移除阶段</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/board_dialogs.py" line="118"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/board_dialogs.py" line="120"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/board_dialogs.py" line="146"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/board_dialogs.py" line="150"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/board_dialogs.py" line="150"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>CommissionTiersEditor</name>
    <message>
        <location filename="../../shopteam/ui/payout/tiers_editor.py" line="60"/>
        <source>From sales (yuan)</source>
        <translation>销售额起点（元）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/tiers_editor.py" line="60"/>
        <source>Rate (%)</source>
        <translation>提成比例（%）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/tiers_editor.py" line="66"/>
        <source>Add tier</source>
        <translation>添加档位</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/tiers_editor.py" line="68"/>
        <source>Remove tier</source>
        <translation>删除档位</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/tiers_editor.py" line="191"/>
        <source>from sales</source>
        <translation>销售额起点</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/tiers_editor.py" line="191"/>
        <source>rate</source>
        <translation>提成比例</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/tiers_editor.py" line="192"/>
        <source>Tier %1, %2: %3</source>
        <translation>第 %1 档，%2：%3</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/tiers_editor.py" line="197"/>
        <source>Sales below %1 earn no commission.</source>
        <translation>销售额低于 %1 时没有提成。</translation>
    </message>
</context>
<context>
    <name>CommitPage</name>
    <message>
        <location filename="../../shopteam/ui/imports/result_pages.py" line="215"/>
        <location filename="../../shopteam/ui/imports/result_pages.py" line="217"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopteam/ui/imports/result_pages.py" line="230"/>
        <source>%n new row(s) will be added.</source>
        <translation>
            <numerusform>将新增 %n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopteam/ui/imports/result_pages.py" line="233"/>
        <source>%n row(s) already imported will be replaced.</source>
        <translation>
            <numerusform>将替换 %n 行已导入的数据。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopteam/ui/imports/result_pages.py" line="235"/>
        <source>%n row(s) already imported will be skipped.</source>
        <translation>
            <numerusform>将跳过 %n 行已导入的数据。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopteam/ui/imports/result_pages.py" line="237"/>
        <source>%n rejected row(s) will not be imported.</source>
        <translation>
            <numerusform>%n 行有问题的数据不会导入。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/result_pages.py" line="238"/>
        <source>Everything is written in one go: if the import is cancelled or fails, nothing is changed.</source>
        <translation>所有数据一次性写入：如果导入被取消或失败，不会做任何更改。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/result_pages.py" line="244"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>导入已取消，未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/result_pages.py" line="249"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../shopteam/ui/attendance/request_dialogs.py" line="167"/>
        <source>Missing-punch correction</source>
        <translation>补卡申请</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/request_dialogs.py" line="173"/>
        <source>Clock-in</source>
        <translation>上班打卡</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/request_dialogs.py" line="177"/>
        <source>Clock-out</source>
        <translation>下班打卡</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/request_dialogs.py" line="185"/>
        <source>Tick the punch the day is missing. A clock-out before the clock-in, or after midnight on a night shift, is on the next day.</source>
        <translation>勾选当天缺少的打卡。下班时间早于上班时间，或夜班的零点以后，算作次日。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/request_dialogs.py" line="189"/>
        <source>Why the punch is missing (required)</source>
        <translation>缺卡原因（必填）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/request_dialogs.py" line="190"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/request_dialogs.py" line="198"/>
        <source>Tick the clock-in or the clock-out the day is missing.</source>
        <translation>请勾选当天缺少的上班或下班打卡。</translation>
    </message>
</context>
<context>
    <name>DamagedDatabase</name>
    <message>
        <location filename="../../shopteam/ui/damaged.py" line="16"/>
        <source>the file is not a database, or its start is damaged</source>
        <translation>该文件不是数据库，或文件开头已损坏</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/damaged.py" line="17"/>
        <source>the file is damaged</source>
        <translation>文件已损坏</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/damaged.py" line="22"/>
        <source>The database %1 cannot be opened: %2.</source>
        <translation>无法打开数据库 %1：%2。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/damaged.py" line="24"/>
        <source>Restore your latest backup: ShopTeam keeps one in the backups folder beside the database before every update, and you may have your own. The damaged file is kept there too.</source>
        <translation>请恢复最近的备份：每次升级前，网店团队管家都会在数据库旁的 backups 文件夹里保留一份备份，您也可能有自己的备份。损坏的文件也会保留在那里。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/damaged.py" line="27"/>
        <source>Restore a backup…</source>
        <translation>恢复备份…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/damaged.py" line="29"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/damaged.py" line="50"/>
        <source>Choose the backup to restore</source>
        <translation>选择要恢复的备份</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/damaged.py" line="52"/>
        <source>ShopTeam databases (*.db);;All files (*)</source>
        <translation>网店团队管家数据库 (*.db);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <location filename="../../shopteam/ui/database_dialog.py" line="55"/>
        <source>Database password</source>
        <translation>数据库密码</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/database_dialog.py" line="56"/>
        <source>Password of %1 on %2:</source>
        <translation>%1 在 %2 的密码：</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/database_dialog.py" line="82"/>
        <source>%1

Use this PC&apos;s file instead? (The server stays chosen if you answer No; start ShopTeam again when it is back.)</source>
        <translation>%1

改用本机文件吗？（选“否”则仍使用该服务器；服务器恢复后请重新启动 ShopTeam。）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/database_dialog.py" line="95"/>
        <source>The database is empty. Create the schema to use it.</source>
        <translation>数据库是空的。创建表结构后即可使用。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/database_dialog.py" line="96"/>
        <source>There is no file there yet: ShopTeam creates it at the next start.</source>
        <translation>该位置还没有文件：ShopTeam 下次启动时会创建它。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/database_dialog.py" line="97"/>
        <source>A ShopTeam database.</source>
        <translation>这是 ShopTeam 数据库。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/database_dialog.py" line="98"/>
        <source>A ShopTeam database of an older version: it is updated at the next start.</source>
        <translation>这是旧版 ShopTeam 的数据库：下次启动时会自动升级。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/database_dialog.py" line="99"/>
        <source>Written by a newer version of ShopTeam (schema %1): install that version to use it.</source>
        <translation>该数据库由更新版本的 ShopTeam 写入（结构版本 %1）：请安装该版本后使用。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/database_dialog.py" line="100"/>
        <source>This database holds tables of another program: choose an empty database.</source>
        <translation>该数据库中有其他程序的表：请选择一个空数据库。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/database_dialog.py" line="112"/>
        <location filename="../../shopteam/ui/database_dialog.py" line="170"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/database_dialog.py" line="114"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/database_dialog.py" line="118"/>
        <source>In use now: %1</source>
        <translation>当前使用：%1</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/database_dialog.py" line="123"/>
        <source>ShopTeam was started with --db or SHOPTEAM_DB: that database comes first, the one chosen here is used when ShopTeam starts without them.</source>
        <translation>ShopTeam 启动时指定了 --db 或 SHOPTEAM_DB：优先使用该数据库；这里选择的数据库在不指定它们启动时使用。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/database_dialog.py" line="129"/>
        <source>This PC&apos;s file</source>
        <translation>本机文件</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/database_dialog.py" line="131"/>
        <source>A shared server (PostgreSQL, for several PCs)</source>
        <translation>共享服务器（PostgreSQL，多台电脑共用）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/database_dialog.py" line="139"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/database_dialog.py" line="141"/>
        <source>Default</source>
        <translation>默认位置</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/database_dialog.py" line="163"/>
        <source>The password is not stored: ShopTeam asks for it at each start. The server, port, database and user are kept in ShopTeam&apos;s settings.</source>
        <translation>密码不会被保存：ShopTeam 每次启动时都会询问。服务器、端口、数据库和用户名保存在 ShopTeam 的设置中。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/database_dialog.py" line="168"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/database_dialog.py" line="169"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/database_dialog.py" line="171"/>
        <source>User</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/database_dialog.py" line="172"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/database_dialog.py" line="176"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/database_dialog.py" line="179"/>
        <source>Create the schema</source>
        <translation>创建表结构</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/database_dialog.py" line="182"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/database_dialog.py" line="185"/>
        <source>Restart now</source>
        <translation>立即重启</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/database_dialog.py" line="251"/>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/database_dialog.py" line="251"/>
        <source>ShopTeam database (*.db)</source>
        <translation>ShopTeam 数据库 (*.db)</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/database_dialog.py" line="278"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/database_dialog.py" line="288"/>
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/database_dialog.py" line="294"/>
        <source>Shop: %1.</source>
        <translation>店铺：%1。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/database_dialog.py" line="296"/>
        <source>No shop yet: the first start creates it.</source>
        <translation>还没有店铺：首次启动时创建。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/database_dialog.py" line="297"/>
        <source>Connected (%1). %2</source>
        <translation>已连接（%1）。%2</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/database_dialog.py" line="302"/>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/database_dialog.py" line="317"/>
        <source>The schema was created.</source>
        <translation>表结构已创建。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/database_dialog.py" line="319"/>
        <source>Creating the schema…</source>
        <translation>正在创建表结构…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/database_dialog.py" line="328"/>
        <source>Saved. ShopTeam must restart to use the other database (until then it keeps using the one in use now).</source>
        <translation>已保存。ShopTeam 需要重启才能使用新的数据库（在此之前仍使用当前数据库）。</translation>
    </message>
</context>
<context>
    <name>DecisionBar</name>
    <message>
        <location filename="../../shopteam/ui/attendance/decision_bar.py" line="11"/>
        <source>Note for the decision (optional)</source>
        <translation>审批意见（可选）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/decision_bar.py" line="12"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/decision_bar.py" line="13"/>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <location filename="../../shopteam/ui/org/department_dialog.py" line="40"/>
        <source>Edit department</source>
        <translation>编辑部门</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/department_dialog.py" line="40"/>
        <source>Add department</source>
        <translation>添加部门</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/department_dialog.py" line="47"/>
        <source>(top level)</source>
        <translation>（顶级）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/department_dialog.py" line="55"/>
        <source>(no head)</source>
        <translation>（无负责人）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/department_dialog.py" line="64"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/department_dialog.py" line="65"/>
        <source>&amp;Parent department:</source>
        <translation>上级部门(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/department_dialog.py" line="66"/>
        <source>&amp;Head:</source>
        <translation>负责人(&amp;H)：</translation>
    </message>
</context>
<context>
    <name>DepartmentsPage</name>
    <message>
        <location filename="../../shopteam/ui/org/departments.py" line="41"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/departments.py" line="41"/>
        <source>Head</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/departments.py" line="41"/>
        <source>Staff</source>
        <translation>员工数</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/departments.py" line="42"/>
        <source>Staff incl. sub-departments</source>
        <translation>员工数（含下级部门）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/departments.py" line="53"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/departments.py" line="54"/>
        <source>Add &amp;sub-department…</source>
        <translation>添加下级部门(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/departments.py" line="55"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/departments.py" line="56"/>
        <location filename="../../shopteam/ui/org/departments.py" line="150"/>
        <source>A&amp;rchive</source>
        <translation>归档(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/departments.py" line="57"/>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/departments.py" line="104"/>
        <source>%1 (archived)</source>
        <translation>%1（已归档）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/departments.py" line="119"/>
        <source>%1 departments, %2 staff</source>
        <translation>%1 个部门，%2 名员工</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/departments.py" line="150"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/departments.py" line="171"/>
        <source>Archive department</source>
        <translation>归档部门</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/departments.py" line="172"/>
        <source>Archive %1? It stays in the history but is no longer offered.</source>
        <translation>归档 %1？它仍保留在历史记录中，但不再可选。</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../../shopteam/ui/imports/result_pages.py" line="185"/>
        <source>Rows already imported</source>
        <translation>已导入过的行</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/result_pages.py" line="189"/>
        <source>Skip them and keep what is in ShopTeam</source>
        <translation>跳过，保留网店团队管家中的数据</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/result_pages.py" line="191"/>
        <source>Replace what is in ShopTeam with the file&apos;s rows</source>
        <translation>用文件中的行替换网店团队管家中的数据</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopteam/ui/imports/result_pages.py" line="205"/>
        <source>%n row(s) of the file are already in ShopTeam. What should happen to them?</source>
        <translation>
            <numerusform>文件中有 %n 行已在网店团队管家中。如何处理这些行？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndAssignmentDialog</name>
    <message>
        <location filename="../../shopteam/ui/org/assign_dialog.py" line="106"/>
        <source>End role assignment</source>
        <translation>结束任职</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/assign_dialog.py" line="109"/>
        <source>Role:</source>
        <translation>岗位：</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/assign_dialog.py" line="110"/>
        <source>Started:</source>
        <translation>开始于：</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/assign_dialog.py" line="111"/>
        <source>&amp;Last day:</source>
        <translation>最后一天(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>EndPatternDialog</name>
    <message>
        <location filename="../../shopteam/ui/attendance/pattern_dialog.py" line="226"/>
        <source>End a work pattern</source>
        <translation>停用班次</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="28"/>
        <source>The clock-out {clock_out} is before the clock-in {clock_in} on {day}.</source>
        <translation>{day} 的下班打卡 {clock_out} 早于上班打卡 {clock_in}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="29"/>
        <source>The punch {moment} is not on the attendance day {day}.</source>
        <translation>打卡时间 {moment} 不在考勤日 {day} 内。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="31"/>
        <source>Months worked must be from 0 to 12, not {months}.</source>
        <translation>工作月数必须在 0 到 12 之间，而不是 {months}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="33"/>
        <source>Commission thresholds and rates cannot be negative.</source>
        <translation>提成的门槛和比例不能为负数。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="34"/>
        <source>Two commission tiers start at {threshold}; each threshold once.</source>
        <translation>有两个提成档位都从 {threshold} 起算；每个起点只能出现一次。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="35"/>
        <source>Commission tiers must be in ascending order of threshold.</source>
        <translation>提成档位必须按门槛从低到高排列。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="37"/>
        <source>Something went wrong.</source>
        <translation>出错了。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="38"/>
        <source>{field_label} is not valid.</source>
        <translation>{field_label}无效。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="39"/>
        <source>{what} {key} does not exist.</source>
        <translation>{what} {key} 不存在。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="40"/>
        <source>You are not allowed to {action}.</source>
        <translation>您无权{action}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="41"/>
        <source>{what} was changed by someone else in the meantime. Reload it and try again.</source>
        <translation>{what}已被他人修改。请重新加载后再试。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="42"/>
        <source>This record was changed by {who} at {when}; it has been reloaded.</source>
        <translation>此记录已被 {who} 于 {when} 修改，已重新载入。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="43"/>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="44"/>
        <source>Too many failed attempts. Try again in {seconds} seconds.</source>
        <translation>失败次数过多。请在 {seconds} 秒后重试。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="45"/>
        <source>This account was closed after the last working day ({day}).</source>
        <translation>该账号已在最后工作日（{day}）之后停用。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="46"/>
        <source>This database was written by a newer version of ShopTeam (schema {revision}). Install the newer version to open it; the file was left unchanged.</source>
        <translation>此数据库由更新版本的网店团队管家写入（架构版本 {revision}）。请安装新版本后再打开；文件未做任何改动。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="47"/>
        <source>The database could not be opened: {reason}</source>
        <translation>无法打开数据库：{reason}</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="49"/>
        <source>An adjustment needs a reason.</source>
        <translation>调整需要填写原因。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="50"/>
        <source>An incomplete appraisal cannot be calibrated.</source>
        <translation>未完成的绩效考核不能进行绩效校准。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="51"/>
        <source>A score cannot be below 0 ({score}).</source>
        <translation>得分不能低于 0（{score}）。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="53"/>
        <source>The amount of a reward or fine cannot be negative ({amount}).</source>
        <translation>奖励或罚款金额不能为负数（{amount}）。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="54"/>
        <source>{amount} is not a whole number of fen.</source>
        <translation>{amount} 不是整数分。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="55"/>
        <source>Only a bonus or a fine has an amount, not a {kind}.</source>
        <translation>只有奖金或罚款才有金额，{kind}没有。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="57"/>
        <source>{week} is not a week like 2026-W45.</source>
        <translation>{week} 不是形如 2026-W45 的周。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="58"/>
        <source>The text is longer than {n} characters.</source>
        <translation>内容超过 {n} 个字符。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="60"/>
        <source>A pool must be a non-negative whole number of fen, not {pool}.</source>
        <translation>奖金池必须是非负的整数分，而不是 {pool}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="61"/>
        <source>A share of a pool cannot have a negative weight.</source>
        <translation>奖金池分配的权重不能为负数。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="62"/>
        <source>The pool of {pool} cannot be split: every weight is zero.</source>
        <translation>{pool} 的奖金池无法分配：所有权重都为零。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="64"/>
        <source>A rating on the 1–5 scale must be from 1 to 5, not {value}.</source>
        <translation>1–5 分制的评分必须在 1 到 5 之间，而不是 {value}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="65"/>
        <source>A score must be from 0 to 100, not {value}.</source>
        <translation>分数必须在 0 到 100 之间，而不是 {value}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="66"/>
        <source>The target must be greater than 0, not {target}.</source>
        <translation>目标值必须大于 0，而不是 {target}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="67"/>
        <source>The actual figure cannot be negative ({actual}).</source>
        <translation>实际值不能为负数（{actual}）。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="68"/>
        <source>A tiered indicator needs at least one tier.</source>
        <translation>分档考核指标至少需要一个档位。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="69"/>
        <source>Tier thresholds must be in ascending order.</source>
        <translation>档位门槛必须从低到高排列。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="70"/>
        <source>{on_time} of {due} tasks on time is impossible.</source>
        <translation>{due} 项任务中按时完成 {on_time} 项是不可能的。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="71"/>
        <source>Every indicator needs a weight above 0.</source>
        <translation>每个考核指标的权重都必须大于 0。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="72"/>
        <source>The weights add up to {total}, not 100.</source>
        <translation>权重合计为 {total}，而不是 100。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="73"/>
        <source>A scheme needs at least one indicator.</source>
        <translation>考核方案至少需要一个考核指标。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="74"/>
        <source>Two indicators have the same key.</source>
        <translation>有两个考核指标的代码相同。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="75"/>
        <source>The self-score weight must be from 0 to 1, not {alpha}.</source>
        <translation>自评权重必须在 0 到 1 之间，而不是 {alpha}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="76"/>
        <source>Grade thresholds must descend: 优秀 &gt; 良好 &gt; 合格.</source>
        <translation>考核等级分数线必须依次降低：优秀 &gt; 良好 &gt; 合格。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="77"/>
        <source>The points cap cannot be negative.</source>
        <translation>积分上限不能为负数。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="78"/>
        <source>A cap must be at least 100, not {cap}.</source>
        <translation>上限至少为 100，而不是 {cap}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="80"/>
        <source>an Excel date serial</source>
        <translation>Excel 日期序号</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="81"/>
        <source>a real date (Excel&apos;s serial 60 is the non-existent 1900-02-29)</source>
        <translation>真实存在的日期（Excel 序号 60 是不存在的 1900-02-29）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="82"/>
        <source>a date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="83"/>
        <source>a real calendar date</source>
        <translation>真实存在的日期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="84"/>
        <source>a date with a year (the year was not supplied)</source>
        <translation>带年份的日期（未指定年份）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="85"/>
        <source>a date such as 2026-10-01</source>
        <translation>日期，例如 2026-10-01</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="86"/>
        <source>a clock time</source>
        <translation>时间（时:分）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="87"/>
        <source>a clock time (a fraction of a day)</source>
        <translation>时间（以一天的小数表示）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="88"/>
        <source>a clock time such as 09:02</source>
        <translation>时间，例如 09:02</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="89"/>
        <source>a real clock time</source>
        <translation>有效的时间</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="90"/>
        <source>a date and time such as 2026-09-01 08:52</source>
        <translation>日期和时间，例如 2026-09-01 08:52</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="92"/>
        <source>The test score must be a number from 0 to 100, not {value}.</source>
        <translation>测试成绩必须是 0 到 100 之间的数字，而不是 {value}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="93"/>
        <source>Satisfaction must be a whole number from 1 to 5, not {value}.</source>
        <translation>满意度必须是 1 到 5 之间的整数，而不是 {value}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="94"/>
        <source>A session lasts more than 0 and at most 24 hours, not {value}.</source>
        <translation>一场培训的时长须大于 0 且不超过 24 小时，而不是 {value}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="95"/>
        <source>The planned hours must be from 0 to 1000, not {value}.</source>
        <translation>计划学时必须在 0 到 1000 之间，而不是 {value}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="96"/>
        <source>The quarter must be 1, 2, 3 or 4 (or none for the whole year).</source>
        <translation>季度必须是 1、2、3 或 4（全年则不填）。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="98"/>
        <source>{file} is not a workbook of appraisal sheets exported by ShopTeam for offline scoring.</source>
        <translation>{file} 不是 ShopTeam 导出的离线评分绩效考核表。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="99"/>
        <source>{file} was written by a newer version of ShopTeam (format {version}); update ShopTeam to import it.</source>
        <translation>{file} 由更新版本的 ShopTeam 生成（格式 {version}），请先升级 ShopTeam 再导入。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="100"/>
        <source>{where}: {reason}</source>
        <translation>{where}：{reason}</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="101"/>
        <source>{who}: the cell for {what} is missing (the workbook was changed); export the sheets again.</source>
        <translation>{who}：找不到“{what}”的单元格（工作簿已被改动），请重新导出评分表。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="103"/>
        <source>Row {row}: {reason}</source>
        <translation>第 {row} 行：{reason}</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="105"/>
        <source>{file} could not be read: {reason}</source>
        <translation>无法读取 {file}：{reason}</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="106"/>
        <source>{file} is not an Excel workbook or CSV file ({reason}).</source>
        <translation>{file} 不是 Excel 工作簿或 CSV 文件（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="107"/>
        <source>{file} is damaged or incomplete ({reason}); save or download it again.</source>
        <translation>{file} 已损坏或不完整（{reason}）；请重新保存或下载。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="108"/>
        <source>{file} is protected with a password; open it in Excel, remove the password, save it and import again.</source>
        <translation>{file} 设有密码保护；请在 Excel 中打开，取消密码并保存后再导入。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="109"/>
        <source>{file} unpacks to {size_mb} MB ({reason}), more than an import allows; it is either not a real export or far too large.</source>
        <translation>{file} 解压后有 {size_mb} MB（{reason}），超出导入上限；它要么不是真正的导出文件，要么太大了。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="110"/>
        <source>Sheet &apos;{sheet}&apos; of {file} has no data.</source>
        <translation>{file} 的工作表“{sheet}”没有数据。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="111"/>
        <source>{file} has no sheet &apos;{sheet}&apos; (it has: {sheets}).</source>
        <translation>{file} 中没有工作表“{sheet}”（现有：{sheets}）。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="112"/>
        <source>Sheet &apos;{sheet}&apos; of {file} has formulas without saved results (first at {cell}); open it in Excel, let it calculate, save it and import again.</source>
        <translation>{file} 的工作表“{sheet}”中有未保存计算结果的公式（第一个在 {cell}）；请在 Excel 中打开，计算后保存，再重新导入。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="113"/>
        <source>No header row was found in the first {rows} rows of sheet &apos;{sheet}&apos; of {file}.</source>
        <translation>在 {file} 的工作表“{sheet}”前 {rows} 行中没有找到表头行。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="115"/>
        <source>an employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="116"/>
        <source>an employee on the roster</source>
        <translation>花名册上的员工</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="117"/>
        <source>a unique name on the roster (several people have it)</source>
        <translation>花名册上唯一的姓名（有多人同名）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="118"/>
        <source>a name on the roster</source>
        <translation>花名册上的姓名</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="119"/>
        <source>a date within the person&apos;s employment</source>
        <translation>该员工在职期间的日期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="120"/>
        <source>a clock-out after the clock-in {clock_in} (this shift does not run past midnight)</source>
        <translation>晚于上班打卡 {clock_in} 的下班打卡（该班次不跨午夜）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="121"/>
        <source>one row per person and day (row {first} has this day)</source>
        <translation>每人每天一行（第 {first} 行已有这一天）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="122"/>
        <source>a punch time on the row&apos;s date {day} or the day after</source>
        <translation>该行日期 {day} 当天或次日的打卡时间</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="123"/>
        <source>a date (a punch time without a date needs a date column)</source>
        <translation>日期（打卡时间不含日期时需要日期列）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="125"/>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="126"/>
        <source>{file} is empty (0 bytes).</source>
        <translation>{file} 是空文件（0 字节）。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="127"/>
        <source>the zip container is damaged</source>
        <translation>zip 压缩包已损坏</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="128"/>
        <source>its content is not a workbook</source>
        <translation>其内容不是工作簿</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="129"/>
        <source>it is a web page or XML file saved under a workbook&apos;s name</source>
        <translation>这是以工作簿名称保存的网页或 XML 文件</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="130"/>
        <source>it looks like a text file; save CSV files with the .csv extension</source>
        <translation>这看起来是文本文件；CSV 文件请以 .csv 扩展名保存</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="131"/>
        <source>it is a PNG image</source>
        <translation>这是 PNG 图片</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="132"/>
        <source>it is a JPEG image</source>
        <translation>这是 JPEG 图片</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="133"/>
        <source>it is a PDF document</source>
        <translation>这是 PDF 文档</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="134"/>
        <source>it is a GIF image</source>
        <translation>这是 GIF 图片</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="135"/>
        <source>it is a RAR archive</source>
        <translation>这是 RAR 压缩包</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="136"/>
        <source>it is a 7-Zip archive</source>
        <translation>这是 7-Zip 压缩包</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="137"/>
        <source>it is a gzip archive</source>
        <translation>这是 gzip 压缩包</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="138"/>
        <source>it is a Word document</source>
        <translation>这是 Word 文档</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="139"/>
        <source>it is a zip archive without a workbook inside</source>
        <translation>这是不含工作簿的 zip 压缩包</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="140"/>
        <source>in total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="141"/>
        <source>the file is far too short for an .xls workbook</source>
        <translation>文件太短，不可能是 .xls 工作簿</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="142"/>
        <source>its text is neither UTF-8 nor GBK/GB18030</source>
        <translation>其文本编码既不是 UTF-8 也不是 GBK/GB18030</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="143"/>
        <source>as text</source>
        <translation>按文本计</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="145"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="146"/>
        <source>a number of hours</source>
        <translation>小时数</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="147"/>
        <source>an amount of money</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="148"/>
        <source>an amount such as 8000, 8k or 8,000元</source>
        <translation>金额，例如 8000、8k 或 8,000元</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="149"/>
        <source>a punch time</source>
        <translation>打卡时间</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="151"/>
        <source>a value</source>
        <translation>非空的值</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="152"/>
        <source>an employee no. or a name</source>
        <translation>工号或姓名</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="154"/>
        <source>The password needs at least {n} characters.</source>
        <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="155"/>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="156"/>
        <source>The user name {username} is taken.</source>
        <translation>用户名 {username} 已被占用。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="157"/>
        <source>This database already holds a shop.</source>
        <translation>此数据库中已有店铺。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="158"/>
        <source>Enter the shop&apos;s name.</source>
        <translation>请输入店铺名称。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="159"/>
        <source>manage accounts</source>
        <translation>管理账号</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="160"/>
        <source>Unknown access level {level}.</source>
        <translation>未知的访问级别 {level}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="161"/>
        <source>Only the owner can create another owner.</source>
        <translation>只有店主才能创建另一个店主账号。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="162"/>
        <source>Staff record</source>
        <translation>员工档案</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="163"/>
        <source>This person has an account already.</source>
        <translation>此人已有账号。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="164"/>
        <source>Unknown permission {names}.</source>
        <translation>未知的权限 {names}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="165"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="166"/>
        <source>The last owner account cannot be switched off.</source>
        <translation>最后一个店主账号不能停用。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="167"/>
        <source>change someone else&apos;s password</source>
        <translation>修改他人的密码</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="168"/>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="174"/>
        <source>The appraisal of {period} is finalised and locked; only the owner can reopen it.</source>
        <translation>{period} 的绩效考核已定稿并锁定；只有店主可以重新开启。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="172"/>
        <source>open someone else&apos;s appraisal</source>
        <translation>打开他人的绩效考核</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="175"/>
        <source>score this person&apos;s appraisal</source>
        <translation>为此人的绩效考核评分</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="176"/>
        <source>{year}-{month} is not a month.</source>
        <translation>{year}-{month} 不是有效的月份。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="177"/>
        <source>Appraisal cycle</source>
        <translation>考核周期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="178"/>
        <source>open an appraisal cycle</source>
        <translation>开启考核周期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="179"/>
        <source>The appraisal cycle of {period} is already open.</source>
        <translation>{period} 的考核周期已经开启。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="180"/>
        <source>There is no appraisal scheme yet; create one first.</source>
        <translation>还没有考核方案；请先创建一个。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="181"/>
        <source>change the stage of an appraisal cycle</source>
        <translation>更改考核周期的阶段</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="182"/>
        <source>Use finalise or reopen for {state}.</source>
        <translation>进入“{state}”请使用定稿或重新开启。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="183"/>
        <source>Appraisal</source>
        <translation>绩效考核</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="184"/>
        <source>{name}: {value} is not a number.</source>
        <translation>{name}：{value} 不是数字。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="185"/>
        <source>{name}: a score must be from 0 to 100, not {value}.</source>
        <translation>{name}：分数必须在 0 到 100 之间，而不是 {value}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="186"/>
        <source>fill in someone else&apos;s self-assessment</source>
        <translation>填写他人的自评</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="187"/>
        <source>Your supervisor has already scored this appraisal.</source>
        <translation>您的上级已经为此次绩效考核评分。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="188"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="189"/>
        <source>Give the adjusted score.</source>
        <translation>请填写调整后的得分。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="190"/>
        <source>finalise an appraisal cycle</source>
        <translation>定稿考核周期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="191"/>
        <source>{count} appraisal(s) have no final score yet: {names}.</source>
        <translation>有 {count} 份绩效考核还没有最终得分：{names}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="192"/>
        <source>Finalise the cycle before recording the interview.</source>
        <translation>请先定稿考核周期，再记录绩效面谈。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="193"/>
        <source>reopen a finalised appraisal cycle</source>
        <translation>重新开启已定稿的考核周期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="194"/>
        <source>Give a reason for reopening.</source>
        <translation>请填写重新开启的原因。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="195"/>
        <source>The cycle of {period} is not finalised.</source>
        <translation>{period} 的考核周期尚未定稿。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="170"/>
        <source>calibrate an appraisal cycle</source>
        <translation>校准考核周期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="17"/>
        <source>The backup copy failed SQLite&apos;s integrity check and was not kept: {reason}</source>
        <translation>备份副本未通过 SQLite 完整性检查，未保留：{reason}</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="19"/>
        <source>The database ran out of room (the disk, or the database&apos;s size limit, is full). Nothing was saved. Free some space and try again.</source>
        <translation>数据库空间不足（磁盘或数据库大小上限已满）。本次操作未保存任何内容。请腾出空间后重试。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="20"/>
        <source>The database is busy: another program is writing to it. Nothing was saved; try again in a moment.</source>
        <translation>数据库正忙：另一个程序正在写入。本次操作未保存任何内容，请稍后重试。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="21"/>
        <source>The database file cannot be written (it is read-only). Nothing was saved.</source>
        <translation>数据库文件无法写入（只读）。本次操作未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="22"/>
        <source>The disk reported an error while writing the database. Nothing was saved.</source>
        <translation>写入数据库时磁盘报错。本次操作未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="23"/>
        <source>The database server ran out of room (disk or memory). Nothing was saved.</source>
        <translation>数据库服务器空间不足（磁盘或内存）。本次操作未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="24"/>
        <source>The database server cannot be reached. Nothing was saved; ShopTeam tries again when you repeat the action.</source>
        <translation>无法连接数据库服务器。本次操作未保存任何内容；重新执行该操作时会再次尝试连接。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="171"/>
        <source>Unknown quarter {quarter}.</source>
        <translation>未知的季度 {quarter}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="197"/>
        <source>{file}: {count} problem(s) found; nothing was imported.</source>
        <translation>{file}：发现 {count} 处问题，未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="198"/>
        <source>There is no such appraisal cycle.</source>
        <translation>没有这个考核周期。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="199"/>
        <source>export appraisal sheets for scoring</source>
        <translation>导出考核评分表</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="200"/>
        <source>There is nobody in {period} whose appraisal you may score.</source>
        <translation>{period} 没有您可以评分的考核。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="201"/>
        <source>{where}: this sheet belongs to no appraisal of {period} in this shop.</source>
        <translation>{where}：此工作表不属于本店 {period} 的任何考核。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="202"/>
        <source>{where}: you may not score the appraisal of {name}.</source>
        <translation>{where}：您无权为{name}的考核评分。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="203"/>
        <source>{where}: the appraisal of {name} is finalised and locked.</source>
        <translation>{where}：{name}的考核已定稿锁定。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="204"/>
        <source>{where}: this cell belongs to no rated indicator of {name}.</source>
        <translation>{where}：此单元格不属于{name}的任何评分指标。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="205"/>
        <source>{where}: “{value}” is not a number; enter a score from {low} to {high} or leave the cell empty.</source>
        <translation>{where}：“{value}”不是数字；请填写 {low} 到 {high} 之间的分数，或留空。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="206"/>
        <source>{where}: {value} is outside the range; enter a score from {low} to {high} or leave the cell empty.</source>
        <translation>{where}：{value} 超出范围；请填写 {low} 到 {high} 之间的分数，或留空。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="207"/>
        <source>{where}: the score of {indicator} was changed in ShopTeam after this file was exported (now {current}); export the sheets again.</source>
        <translation>{where}：导出此文件后，“{indicator}”的评分已在 ShopTeam 中被修改（现为 {current}），请重新导出评分表。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="208"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="209"/>
        <source>{where}: the comment has {length} characters; at most {max} fit.</source>
        <translation>{where}：评语有 {length} 个字，最多 {max} 个字。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="210"/>
        <source>{where}: the comment was changed in ShopTeam after this file was exported; export the sheets again.</source>
        <translation>{where}：导出此文件后，上级评语已在 ShopTeam 中被修改，请重新导出评分表。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="211"/>
        <source>import appraisal scores</source>
        <translation>导入考核评分</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="212"/>
        <source>{file} was exported from another shop&apos;s database (appraisal {period}); it cannot be imported here.</source>
        <translation>{file} 是从另一个店铺的数据库导出的（{period} 的考核），不能在这里导入。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="213"/>
        <source>{file} holds the appraisals of {period}, not {expected}; choose that month first.</source>
        <translation>{file} 是 {period} 的考核，不是 {expected} 的；请先选择那个月份。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="226"/>
        <source>edit appraisal schemes</source>
        <translation>编辑考核方案</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="215"/>
        <source>Give the scheme a name.</source>
        <translation>请为考核方案命名。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="219"/>
        <source>Indicator {row} has no name.</source>
        <translation>第 {row} 个考核指标没有名称。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="220"/>
        <source>Indicator {name}: unknown group {group}.</source>
        <translation>考核指标 {name}：未知的分组 {group}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="221"/>
        <source>Indicator {name}: unknown scoring method {method}.</source>
        <translation>考核指标 {name}：未知的评分方法 {method}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="222"/>
        <source>Indicator {name}: unknown data source {source}.</source>
        <translation>考核指标 {name}：未知的数据来源 {source}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="223"/>
        <source>The self-assessment weight must be between 0 and 100 %.</source>
        <translation>自评权重必须在 0 到 100% 之间。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="224"/>
        <source>An indicator&apos;s parameters are not valid: {reason}</source>
        <translation>考核指标的参数无效：{reason}</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="225"/>
        <source>Appraisal scheme</source>
        <translation>考核方案</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="227"/>
        <source>A scheme named {name} already exists.</source>
        <translation>名为 {name} 的考核方案已存在。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="229"/>
        <source>Unknown month {month}.</source>
        <translation>未知的月份 {month}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="231"/>
        <source>Unknown kind of leave {kind}.</source>
        <translation>未知的请假类型 {kind}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="232"/>
        <source>file requests for other people</source>
        <translation>替他人提交申请</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="233"/>
        <source>Choose the person.</source>
        <translation>请选择员工。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="234"/>
        <source>The leave must end after it starts.</source>
        <translation>请假的结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="235"/>
        <source>The hours of leave must be a positive number.</source>
        <translation>请假小时数必须为正数。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="236"/>
        <source>Give the overtime&apos;s start and end, or its hours.</source>
        <translation>请填写加班的开始和结束时间，或加班小时数。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="237"/>
        <source>The overtime hours must be more than 0 and at most 24.</source>
        <translation>加班小时数必须大于 0 且不超过 24。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="238"/>
        <source>Give the clock-in or the clock-out the day is missing.</source>
        <translation>请填写当天缺少的上班或下班时间。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="239"/>
        <source>Give the reason for the correction.</source>
        <translation>请填写补卡原因。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="240"/>
        <source>{day} has not come yet: a correction is for a day that has passed.</source>
        <translation>{day} 还未到：补卡只能针对已过去的日子。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="241"/>
        <source>{day} already has a correction of this punch waiting or approved.</source>
        <translation>{day} 的这次打卡已有待审批或已批准的补卡申请。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="242"/>
        <source>Unknown kind of request {kind}.</source>
        <translation>未知的申请类型 {kind}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="243"/>
        <source>Request</source>
        <translation>申请</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="244"/>
        <source>decide your own requests</source>
        <translation>审批自己的申请</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="245"/>
        <source>decide this person&apos;s requests</source>
        <translation>审批此人的申请</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="247"/>
        <source>This request was already {status}.</source>
        <translation>该申请已经{status}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="254"/>
        <source>The hours must be between 0 and 24.</source>
        <translation>工时须在 0 到 24 小时之间。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="255"/>
        <source>Enter the hours worked.</source>
        <translation>请输入工作的小时数。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="256"/>
        <source>The date {day} is outside the person&apos;s employment.</source>
        <translation>日期 {day} 不在该员工的在职期间内。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="257"/>
        <source>There is already an entry for {task} on {day}.</source>
        <translation>{day} 已有“{task}”的工时记录。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="258"/>
        <source>report hours without a staff record</source>
        <translation>在没有员工档案的情况下登记工时</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="259"/>
        <source>Timesheet entry</source>
        <translation>工时记录</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="260"/>
        <source>change other people&apos;s timesheets</source>
        <translation>修改他人的工时</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="261"/>
        <source>This entry is approved and can no longer be changed.</source>
        <translation>该记录已批准，不能再修改。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="262"/>
        <source>Choose the entries to decide.</source>
        <translation>请选择要审批的记录。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="263"/>
        <source>decide your own timesheet</source>
        <translation>审批自己的工时</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="264"/>
        <source>decide this person&apos;s timesheet</source>
        <translation>审批此人的工时</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="265"/>
        <source>The entry of {day} ({who}) was already {status}.</source>
        <translation>{who} {day} 的记录已{status}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="269"/>
        <source>Choose whom the pattern applies to: everyone, a role or a person.</source>
        <translation>请选择班次适用于：所有人、某个岗位或某位员工。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="272"/>
        <source>Choose at least one weekday.</source>
        <translation>请至少选择一个工作日。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="275"/>
        <source>This version is already in force; change or end the pattern from a date instead.</source>
        <translation>该版本已经生效；请改为自某日起修改或停用该班次。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="277"/>
        <source>view the audit log</source>
        <translation>查看操作日志</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="278"/>
        <source>see salaries</source>
        <translation>查看薪资</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="280"/>
        <source>change the backup settings</source>
        <translation>修改备份设置</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="281"/>
        <source>Keep 1 to 365 daily backups.</source>
        <translation>每日备份须保留 1 到 365 份。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="282"/>
        <source>Keep 0 to 120 monthly backups.</source>
        <translation>每月备份须保留 0 到 120 份。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="284"/>
        <source>manage this board</source>
        <translation>管理此看板</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="285"/>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="286"/>
        <source>Column</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="287"/>
        <source>Enter the board&apos;s name.</source>
        <translation>请输入看板名称。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="288"/>
        <source>The name is longer than {n} characters.</source>
        <translation>名称超过了 {n} 个字符。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="289"/>
        <source>A board named {name} exists already.</source>
        <translation>名为 {name} 的看板已存在。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="290"/>
        <source>custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="291"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="292"/>
        <source>Unknown board kind {kind}.</source>
        <translation>未知的看板类型 {kind}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="293"/>
        <source>Unknown swimlane setting {swimlane}.</source>
        <translation>未知的泳道设置 {swimlane}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="294"/>
        <source>Department {key} does not exist.</source>
        <translation>部门 {key} 不存在。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="295"/>
        <source>create boards for this department</source>
        <translation>为此部门创建看板</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="296"/>
        <source>give the board to that department</source>
        <translation>将看板交给该部门</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="297"/>
        <source>archive this board</source>
        <translation>归档此看板</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="298"/>
        <source>Enter the column&apos;s name.</source>
        <translation>请输入阶段名称。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="299"/>
        <source>A WIP limit is at least 1 (leave it empty for none).</source>
        <translation>在制品上限至少为 1（不设上限请留空）。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="300"/>
        <source>The column {name} still holds {n} card(s); move them first.</source>
        <translation>阶段 {name} 中还有 {n} 张任务卡片；请先移走。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="338"/>
        <source>Row {row}: the board has no column {name}.</source>
        <translation>第 {row} 行：看板中没有阶段 {name}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="339"/>
        <source>Row {row}: no staff record {name}.</source>
        <translation>第 {row} 行：没有员工档案 {name}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="340"/>
        <source>Row {row}: no goal {name}.</source>
        <translation>第 {row} 行：没有目标 {name}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="253"/>
        <source>Card</source>
        <translation>任务卡片</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="302"/>
        <source>change this card</source>
        <translation>修改此任务卡片</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="303"/>
        <source>Enter the card&apos;s title.</source>
        <translation>请输入任务卡片的标题。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="304"/>
        <source>The title is longer than {n} characters.</source>
        <translation>标题超过了 {n} 个字符。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="305"/>
        <source>Unknown priority {priority}.</source>
        <translation>未知的优先级 {priority}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="306"/>
        <source>The tags are longer than {n} characters.</source>
        <translation>标签超过了 {n} 个字符。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="307"/>
        <source>The due date is before the start date.</source>
        <translation>截止日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="308"/>
        <source>The estimate cannot be negative.</source>
        <translation>预计工时不能为负数。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="309"/>
        <source>Goal {key} does not exist.</source>
        <translation>目标 {key} 不存在。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="310"/>
        <source>Unknown recurrence {recurrence}.</source>
        <translation>未知的重复方式 {recurrence}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="311"/>
        <source>Choose the weekday the card recurs on.</source>
        <translation>请选择任务卡片在星期几重复。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="312"/>
        <source>Choose the day of the month the card recurs on (1–31).</source>
        <translation>请选择任务卡片在每月几号重复（1–31）。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="313"/>
        <source>Staff record {key} does not exist.</source>
        <translation>员工档案 {key} 不存在。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="314"/>
        <source>The board {name} is archived.</source>
        <translation>看板 {name} 已归档。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="315"/>
        <source>create cards for others on this board</source>
        <translation>在此看板上为他人创建任务卡片</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="316"/>
        <source>The board {name} has no columns.</source>
        <translation>看板 {name} 没有阶段。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="317"/>
        <source>assign cards to others on this board</source>
        <translation>在此看板上把任务卡片分配给他人</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="318"/>
        <source>archive this card</source>
        <translation>归档此任务卡片</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="319"/>
        <source>Only cards on the board can be moved.</source>
        <translation>只能移动看板上的任务卡片。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="320"/>
        <source>move this card</source>
        <translation>移动此任务卡片</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="321"/>
        <source>Enter the checklist item.</source>
        <translation>请输入检查项。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="322"/>
        <source>Checklist item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="323"/>
        <source>Write the comment first.</source>
        <translation>请先填写评论。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="350"/>
        <source>This database is not empty; the demo shop needs an empty one.</source>
        <translation>此数据库不是空的；演示店铺需要一个空数据库。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="351"/>
        <source>manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="352"/>
        <source>staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="354"/>
        <source>commendation</source>
        <translation>表扬</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="355"/>
        <source>fine</source>
        <translation>罚款</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="356"/>
        <source>bonus</source>
        <translation>奖金</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="358"/>
        <source>person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="432"/>
        <source>see the departments</source>
        <translation>查看部门</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="412"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="433"/>
        <source>Enter the department&apos;s name.</source>
        <translation>请输入部门名称。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="434"/>
        <source>A department named {name} exists already.</source>
        <translation>名为 {name} 的部门已存在。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="435"/>
        <source>The department {name} is archived.</source>
        <translation>部门 {name} 已归档。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="436"/>
        <source>A department cannot be placed under itself or one of its sub-departments.</source>
        <translation>部门不能放在自身或其下级部门之下。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="437"/>
        <source>{name} has left and cannot head a department.</source>
        <translation>{name} 已离职，不能担任部门负责人。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="428"/>
        <source>change the organisation</source>
        <translation>修改组织架构</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="438"/>
        <source>{name} still has {n} staff; move them to another department first.</source>
        <translation>{name} 还有 {n} 名员工；请先将他们调到其他部门。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="439"/>
        <source>{name} still has {n} sub-departments; archive or move them first.</source>
        <translation>{name} 还有 {n} 个下级部门；请先归档或移走它们。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="325"/>
        <source>Enter the goal&apos;s name.</source>
        <translation>请输入目标名称。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="326"/>
        <source>Unknown goal scope {scope}.</source>
        <translation>未知的目标范围 {scope}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="327"/>
        <source>Unknown goal period {period}.</source>
        <translation>未知的目标周期 {period}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="328"/>
        <source>Choose the quarter (1–4) or month (1–12).</source>
        <translation>请选择季度（1–4）或月份（1–12）。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="329"/>
        <source>The year {year} is not valid.</source>
        <translation>年份 {year} 无效。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="330"/>
        <source>Choose the department.</source>
        <translation>请选择部门。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="331"/>
        <source>The target cannot be negative.</source>
        <translation>目标值不能为负数。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="332"/>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="333"/>
        <source>set this goal</source>
        <translation>设定此目标</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="334"/>
        <source>change this goal</source>
        <translation>修改此目标</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="335"/>
        <source>A goal cannot be part of itself.</source>
        <translation>目标不能成为自己的子目标。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="336"/>
        <source>A month goal cannot be split further.</source>
        <translation>月度目标不能再分解。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="379"/>
        <source>import the roster</source>
        <translation>导入花名册</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="380"/>
        <source>import attendance for everyone</source>
        <translation>为所有人导入考勤</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="371"/>
        <source>import KPI figures</source>
        <translation>导入考核指标数据</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="381"/>
        <source>a usable row</source>
        <translation>可用的行</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="382"/>
        <source>your own employee no. (you may import only your own timesheet)</source>
        <translation>您本人的工号（您只能导入自己的工时表）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="383"/>
        <source>at most 24 hours a day</source>
        <translation>每天最多 24 小时</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="384"/>
        <source>one row per person, day and task (row {first} has it)</source>
        <translation>每人每天每项任务一行（第 {first} 行已有）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="385"/>
        <source>letters, digits, &apos;-&apos; or &apos;_&apos; (at most 32)</source>
        <translation>字母、数字、“-”或“_”（最多 32 个）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="386"/>
        <source>one row per person (row {first} has it)</source>
        <translation>每人一行（第 {first} 行已有此人）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="150"/>
        <source>a name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="387"/>
        <source>a hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="388"/>
        <source>男/女 or male/female</source>
        <translation>男/女 或 male/female</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="364"/>
        <source>a phone number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="389"/>
        <source>an e-mail address</source>
        <translation>电子邮箱地址</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="363"/>
        <source>at most 50 characters</source>
        <translation>最多 50 个字符</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="391"/>
        <source>create departments or roles</source>
        <translation>创建部门或岗位</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="392"/>
        <source>skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="393"/>
        <source>Unknown duplicates policy {policy}.</source>
        <translation>未知的重复数据处理方式 {policy}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="394"/>
        <source>No column is mapped to {fields}; choose the column and try again.</source>
        <translation>没有列对应到 {fields}；请选择对应的列后重试。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="372"/>
        <source>an indicator name</source>
        <translation>指标名称</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="373"/>
        <source>at most 100 characters</source>
        <translation>最多 100 个字符</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="374"/>
        <source>a month such as 2026-10 (or the month chosen for the file)</source>
        <translation>月份，例如 2026-10（或为文件选择的月份）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="375"/>
        <source>a person in your department</source>
        <translation>您部门中的员工</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="376"/>
        <source>one row per person, indicator and month (row {first} has it)</source>
        <translation>每人每个指标每月一行（第 {first} 行已有）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="377"/>
        <source>Give the indicator&apos;s name.</source>
        <translation>请填写考核指标名称。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="524"/>
        <source>{value} is not a number.</source>
        <translation>{value} 不是数字。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="525"/>
        <source>Unknown kind of entry {kind}.</source>
        <translation>未知的记录类型 {kind}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="526"/>
        <source>Points must be between -100 and 100.</source>
        <translation>分值必须在 -100 到 100 之间。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="527"/>
        <source>Give a reason for the entry.</source>
        <translation>请填写这条记录的原因。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="528"/>
        <source>record rewards and penalties</source>
        <translation>登记奖惩记录</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="529"/>
        <source>record rewards and penalties for yourself</source>
        <translation>为自己登记奖惩记录</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="530"/>
        <source>record rewards and penalties for this person</source>
        <translation>为此人登记奖惩记录</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="531"/>
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="532"/>
        <source>Ledger entry</source>
        <translation>奖惩记录</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="396"/>
        <source>Backup and restore work on a local database file only; back up a server database with the server&apos;s own tools.</source>
        <translation>备份和恢复只适用于本地数据库文件；服务器数据库请用服务器自带的工具备份。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="397"/>
        <source>The backup cannot overwrite the database itself.</source>
        <translation>备份不能覆盖数据库本身。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="398"/>
        <source>{path} is a folder; name the backup file.</source>
        <translation>{path} 是文件夹；请指定备份文件名。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="400"/>
        <source>The file {path} does not exist.</source>
        <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="404"/>
        <source>{path} is damaged.</source>
        <translation>{path} 已损坏。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="405"/>
        <source>{path} cannot be read: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="406"/>
        <source>{path} is not a ShopTeam database.</source>
        <translation>{path} 不是网店团队管家的数据库。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="407"/>
        <source>That file is the database itself.</source>
        <translation>该文件就是数据库本身。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="426"/>
        <source>see the staff</source>
        <translation>查看员工</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="427"/>
        <source>see the org chart</source>
        <translation>查看组织架构图</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="429"/>
        <source>change the staffing plans</source>
        <translation>修改人员配置</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="430"/>
        <source>Unknown preset {preset}.</source>
        <translation>未知的预设 {preset}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="509"/>
        <source>Unknown way of leaving {kind}.</source>
        <translation>未知的离职方式 {kind}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="536"/>
        <source>Bonus pool</source>
        <translation>奖金池</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="537"/>
        <source>Unknown kind of bonus pool {kind}.</source>
        <translation>未知的奖金池类型 {kind}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="538"/>
        <source>A team bonus pool needs the month of the scores.</source>
        <translation>团队奖金池需要选择考核月份。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="539"/>
        <source>{people} are not employed in {period}, the pay month: choose a month in which everyone with a share is paid.</source>
        <translation>{people} 在发放月份 {period} 不在职：请选择所有分得奖金的员工都在职的月份。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="540"/>
        <source>save a bonus pool</source>
        <translation>保存奖金池</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="541"/>
        <source>The bonus pool is approved and locked; reopen it to change it.</source>
        <translation>奖金池已批准并锁定；如需修改，请先重新开启。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="542"/>
        <source>approve a bonus pool</source>
        <translation>批准奖金池</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="543"/>
        <source>reopen an approved bonus pool</source>
        <translation>重新开启已批准的奖金池</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="544"/>
        <source>The bonus pool is not approved.</source>
        <translation>奖金池尚未批准。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="545"/>
        <source>delete a bonus pool</source>
        <translation>删除奖金池</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="546"/>
        <source>see bonus pools</source>
        <translation>查看奖金池</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="550"/>
        <source>{value} is not a share between 0 and 1.</source>
        <translation>{value} 不是 0 到 1 之间的比例。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="551"/>
        <source>Enter 0 (no housing fund) or a rate from {low} % to {high} %.</source>
        <translation>请填写 0（不缴公积金）或 {low}% 到 {high}% 之间的比例。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="552"/>
        <source>Enter a rate from {low} % to {high} %.</source>
        <translation>请填写 {low}% 到 {high}% 之间的比例。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="553"/>
        <source>Enter a number.</source>
        <translation>请输入数字。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="557"/>
        <source>The payout of {period} is approved and locked; only the owner can reopen it.</source>
        <translation>{period} 的奖金核算已批准并锁定；只有店主可以重新开启。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="558"/>
        <source>The payout of {period} is an estimate computed before the month ended; compute it again after {last_day} and then approve it.</source>
        <translation>{period} 的奖金核算是月份结束前算出的预估；请在 {last_day} 之后重新核算再批准。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="559"/>
        <source>{count} item(s) of {period} are still open or flagged: review them and confirm to approve.</source>
        <translation>{period} 还有 {count} 项未处理或被标记：请复核并确认后再批准。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="560"/>
        <source>compute the payout</source>
        <translation>进行奖金核算</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="561"/>
        <source>The month {period} has not begun: there is nothing to pay yet.</source>
        <translation>{period} 尚未开始，还没有可发放的工资。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="562"/>
        <source>approve the payout</source>
        <translation>批准奖金核算</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="522"/>
        <source>Payout</source>
        <translation>奖金核算</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="563"/>
        <source>reopen an approved payout</source>
        <translation>重新开启已批准的奖金核算</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="564"/>
        <source>The payout of {period} is not approved.</source>
        <translation>{period} 的奖金核算尚未批准。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="565"/>
        <source>Payout line</source>
        <translation>奖金核算明细</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="566"/>
        <source>Unknown component {component}.</source>
        <translation>未知的薪酬项目 {component}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="534"/>
        <source>split the year-end bonus</source>
        <translation>分配年终奖</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="535"/>
        <source>split a team bonus pool</source>
        <translation>分配团队奖金池</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="548"/>
        <source>Unknown pay rule {key}.</source>
        <translation>未知的薪酬规则 {key}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="549"/>
        <source>Unknown choice {value}.</source>
        <translation>未知的选项 {value}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="554"/>
        <source>change the pay rules</source>
        <translation>修改薪酬规则</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="555"/>
        <source>Unknown scope {scope}.</source>
        <translation>未知的适用范围 {scope}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="568"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="457"/>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="26"/>
        <source>This record was changed by someone else; it has been reloaded.</source>
        <translation>此记录已被他人修改，已重新载入。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="216"/>
        <source>Unknown scheme purpose {purpose}.</source>
        <translation>未知的方案用途 {purpose}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="217"/>
        <source>A probation review scheme is not given to roles: the monthly appraisal does not use it.</source>
        <translation>转正评估方案不分配给岗位：月度绩效考核不使用它。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="218"/>
        <source>Indicator {name}: a probation review scheme has only indicators the supervisor rates.</source>
        <translation>考核指标 {name}：转正评估方案只能包含由上级人工评分的指标。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="246"/>
        <source>This request was already {status} by {who} at {when}.</source>
        <translation>该申请已由 {who} 于 {when} {status}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="248"/>
        <source>approved</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="249"/>
        <source>rejected</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="344"/>
        <source>see the payout cost</source>
        <translation>查看薪酬成本</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="346"/>
        <source>Could not connect to the database: {reason}</source>
        <translation>无法连接数据库：{reason}</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="347"/>
        <source>The database is not empty: the schema is only created in an empty database.</source>
        <translation>数据库不是空的：只能在空数据库中创建表结构。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="348"/>
        <source>Enter the server, the database and the user.</source>
        <translation>请填写服务器、数据库和用户名。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="360"/>
        <source>import candidates</source>
        <translation>导入候选人</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="365"/>
        <source>one row per phone number (row {first} has it)</source>
        <translation>每个电话只占一行（第 {first} 行已有）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="366"/>
        <source>at most 40 characters</source>
        <translation>最多 40 个字</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="367"/>
        <source>the role of an open position ({roles})</source>
        <translation>在招职位的岗位（{roles}）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="368"/>
        <source>the role of an open position (or a position chosen for the whole file)</source>
        <translation>在招职位的岗位（或为整个文件选择的职位）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="369"/>
        <source>a date that is not in the future</source>
        <translation>不晚于今天的日期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="390"/>
        <source>an amount of 0 or more</source>
        <translation>不小于 0 的金额</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="399"/>
        <source>The copy did not go through: {reason}</source>
        <translation>复制未完成：{reason}</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="401"/>
        <source>The source and the target are the same database.</source>
        <translation>源数据库和目标数据库是同一个。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="402"/>
        <source>{url} holds no ShopTeam database.</source>
        <translation>{url} 中没有 ShopTeam 数据库。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="403"/>
        <source>{url} already holds a shop; copy only into an empty database.</source>
        <translation>{url} 已经有店铺；只能复制到空数据库。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="409"/>
        <source>Weekly meeting</source>
        <translation>周例会</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="410"/>
        <source>Meeting part</source>
        <translation>周例会个人汇报</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="411"/>
        <source>hold weekly meetings</source>
        <translation>主持周例会</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="413"/>
        <source>hold this weekly meeting</source>
        <translation>主持这次周例会</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="414"/>
        <source>The weekly meeting of {week} has already been created.</source>
        <translation>{week} 的周例会已经创建。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="415"/>
        <source>see this weekly meeting</source>
        <translation>查看这次周例会</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="416"/>
        <source>edit this part of the weekly meeting</source>
        <translation>修改周例会中他人的汇报</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="417"/>
        <source>take the attendance of this weekly meeting</source>
        <translation>登记这次周例会的出席</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="418"/>
        <source>change this weekly meeting</source>
        <translation>修改这次周例会</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="419"/>
        <source>Unknown kind {kind}.</source>
        <translation>未知的类别 {kind}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="420"/>
        <source>Enter the text.</source>
        <translation>请输入内容。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="421"/>
        <source>Meeting item</source>
        <translation>周例会事项</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="422"/>
        <source>Action item</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="423"/>
        <source>The action item is already card {card}.</source>
        <translation>该待办事项已是任务卡片 {card}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="424"/>
        <source>Choose the board of the card.</source>
        <translation>请选择任务卡片所在的看板。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="441"/>
        <source>Enter the handover item.</source>
        <translation>请填写交接事项。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="442"/>
        <source>A handover item has at most {n} characters.</source>
        <translation>交接事项最多 {n} 个字。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="443"/>
        <source>record a leaving</source>
        <translation>办理离职</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="445"/>
        <source>Choose resignation or dismissal.</source>
        <translation>请选择辞职或辞退。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="446"/>
        <source>Enter the reason for leaving.</source>
        <translation>请填写离职原因。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="447"/>
        <source>{name} has left already.</source>
        <translation>{name} 已经离职。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="448"/>
        <source>edit the handover checklist</source>
        <translation>修改离职交接清单</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="449"/>
        <source>see the handover checklist</source>
        <translation>查看离职交接清单</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="450"/>
        <source>see this staff record</source>
        <translation>查看此员工档案</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="451"/>
        <source>Handover item</source>
        <translation>交接事项</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="453"/>
        <source>Unknown kind of onboarding item {category}.</source>
        <translation>未知的入职清单项类别 {category}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="454"/>
        <source>Enter the onboarding item.</source>
        <translation>请填写入职清单项。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="455"/>
        <source>An onboarding item has at most {n} characters.</source>
        <translation>入职清单项最多 {n} 个字。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="456"/>
        <source>edit onboarding checklists</source>
        <translation>修改入职清单</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="458"/>
        <source>edit the onboarding checklist of this role</source>
        <translation>修改此岗位的入职清单</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="459"/>
        <source>A checklist has at most {n} items.</source>
        <translation>一份清单最多 {n} 项。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="460"/>
        <source>see the onboarding checklist</source>
        <translation>查看入职清单</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="461"/>
        <source>Onboarding item</source>
        <translation>入职清单项</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="463"/>
        <source>see the roles</source>
        <translation>查看岗位</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="464"/>
        <source>Enter the role&apos;s name.</source>
        <translation>请输入岗位名称。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="465"/>
        <source>A role named {name} exists already.</source>
        <translation>名为 {name} 的岗位已存在。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="466"/>
        <source>{value} is not an amount.</source>
        <translation>{value} 不是有效金额。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="467"/>
        <source>A salary cannot be negative.</source>
        <translation>薪资不能为负数。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="468"/>
        <source>The top of the salary band ({high}) is below its bottom ({low}).</source>
        <translation>薪资范围的上限（{high}）低于下限（{low}）。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="469"/>
        <source>{name} is still held by {n} people; end their assignments first.</source>
        <translation>{name} 仍有 {n} 人在任；请先结束他们的任职。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="470"/>
        <source>This overlaps the primary role {role} held from {start} to {end}; a person has one primary role at a time.</source>
        <translation>这与 {start} 至 {end} 担任的主岗位 {role} 重叠；一个人同一时间只能有一个主岗位。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="471"/>
        <source>The end date is before the start date.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="472"/>
        <source>{name} was hired on {hire}; a role cannot start before that.</source>
        <translation>{name} 于 {hire} 入职；任职不能早于该日期开始。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="473"/>
        <source>{name} left on {left}; a role cannot start after that.</source>
        <translation>{name} 于 {left} 离职；任职不能晚于该日期开始。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="474"/>
        <source>change role assignments</source>
        <translation>修改任职</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="475"/>
        <source>The role {name} is archived.</source>
        <translation>岗位 {name} 已归档。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="476"/>
        <source>Enter the start date.</source>
        <translation>请输入开始日期。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="477"/>
        <source>Role assignment</source>
        <translation>任职</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="478"/>
        <source>Enter the end date.</source>
        <translation>请输入结束日期。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="479"/>
        <source>see role assignments</source>
        <translation>查看任职</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="480"/>
        <source>see this person&apos;s role assignments</source>
        <translation>查看此人的任职</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="482"/>
        <source>view the roster</source>
        <translation>查看花名册</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="483"/>
        <source>view this staff record</source>
        <translation>查看此员工档案</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="484"/>
        <source>Enter the employee no.</source>
        <translation>请输入工号。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="485"/>
        <source>The employee no. may hold only letters, digits, &apos;-&apos; and &apos;_&apos; (at most 32).</source>
        <translation>工号只能包含字母、数字、“-”和“_”（最多 32 个）。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="486"/>
        <source>The employee no. {employee_no} is taken.</source>
        <translation>工号 {employee_no} 已被占用。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="487"/>
        <source>Enter the name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="488"/>
        <source>Unknown gender {gender}.</source>
        <translation>未知的性别 {gender}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="489"/>
        <source>{phone} is not a phone number.</source>
        <translation>{phone} 不是有效的电话号码。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="490"/>
        <source>{email} is not an e-mail address.</source>
        <translation>{email} 不是有效的电子邮箱地址。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="491"/>
        <source>The ID-card number is not valid (check digit).</source>
        <translation>身份证号无效（校验位不符）。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="492"/>
        <source>A person cannot report to themselves.</source>
        <translation>员工不能是自己的直属上级。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="493"/>
        <source>This would make a reporting cycle: the chosen manager reports to this person.</source>
        <translation>这会形成循环汇报关系：所选的直属上级向此人汇报。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="494"/>
        <source>Enter the hire date.</source>
        <translation>请输入入职日期。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="495"/>
        <source>Unknown status {status}.</source>
        <translation>未知的状态 {status}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="496"/>
        <source>The leave date is before the hire date.</source>
        <translation>离职日期早于入职日期。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="497"/>
        <source>The salary cannot be negative.</source>
        <translation>薪资不能为负数。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="498"/>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="499"/>
        <source>A bank account number has 8 to 30 digits.</source>
        <translation>银行账号应为 8 到 30 位数字。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="500"/>
        <source>change salaries</source>
        <translation>修改薪资</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="501"/>
        <source>change ID-card numbers</source>
        <translation>修改身份证号</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="502"/>
        <source>change bank accounts</source>
        <translation>修改银行账号</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="503"/>
        <source>add staff</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="504"/>
        <source>A new staff record cannot start as left.</source>
        <translation>新的员工档案不能直接设为离职。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="505"/>
        <source>add staff outside your department</source>
        <translation>在本部门以外添加员工</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="506"/>
        <source>edit staff records</source>
        <translation>编辑员工档案</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="444"/>
        <source>edit this staff record</source>
        <translation>编辑此员工档案</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="507"/>
        <source>Enter the leave date.</source>
        <translation>请输入离职日期。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="508"/>
        <source>mark staff as left</source>
        <translation>为员工办理离职</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="510"/>
        <source>active</source>
        <translation>在职</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="511"/>
        <source>{name} has not left.</source>
        <translation>{name} 尚未离职。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="512"/>
        <source>delete staff records</source>
        <translation>删除员工档案</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="513"/>
        <source>delete this staff record</source>
        <translation>删除此员工档案</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="514"/>
        <source>{name} has history (roles, attendance, tasks, appraisals, pay …) and cannot be deleted. Mark them as left instead.</source>
        <translation>{name} 已有历史记录（任职、考勤、任务、考核、薪酬等），不能删除。请改为办理离职。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="516"/>
        <source>Staffing plan</source>
        <translation>人员配置</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="517"/>
        <source>see the staffing plans</source>
        <translation>查看人员配置</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="518"/>
        <source>Enter the plan&apos;s name.</source>
        <translation>请输入人员配置名称。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="519"/>
        <source>A plan named {name} exists already.</source>
        <translation>名为 {name} 的人员配置已存在。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="520"/>
        <source>The headcount must be a whole number from 0 to {max}.</source>
        <translation>编制人数必须是 0 到 {max} 之间的整数。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="342"/>
        <source>see this person&apos;s weekly report</source>
        <translation>查看此人的周报</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="251"/>
        <source>change the attendance rules</source>
        <translation>修改考勤规则</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="267"/>
        <source>change the work calendar</source>
        <translation>修改工作日历</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="268"/>
        <source>Unknown kind of day {kind}.</source>
        <translation>未知的日期类型 {kind}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="270"/>
        <source>change work patterns</source>
        <translation>修改班次</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="271"/>
        <source>A shift needs at least one working period.</source>
        <translation>一个班次至少需要一个工作时段。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="273"/>
        <source>The shift&apos;s periods must follow each other without overlapping.</source>
        <translation>班次的各个时段必须前后相接、互不重叠。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="274"/>
        <source>Work pattern</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="581"/>
        <source>change the probation settings</source>
        <translation>修改试用期设置</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="582"/>
        <source>The probation must be a whole number of months from 0 to {max}.</source>
        <translation>试用期必须是 0 到 {max} 之间的整数月。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="583"/>
        <source>see probations</source>
        <translation>查看试用期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="584"/>
        <source>review this probation</source>
        <translation>评估此人的试用期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="585"/>
        <source>change probations</source>
        <translation>修改试用期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="586"/>
        <source>The probation ends before the hire date.</source>
        <translation>试用期结束日期早于入职日期。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="571"/>
        <source>review probations</source>
        <translation>进行转正评估</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="574"/>
        <source>Unknown outcome {outcome}.</source>
        <translation>未知的评估结果 {outcome}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="573"/>
        <source>{name} is not on probation.</source>
        <translation>{name} 不在试用期。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="587"/>
        <source>Enter the date.</source>
        <translation>请输入日期。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="588"/>
        <source>The date is before the hire date.</source>
        <translation>该日期早于入职日期。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="589"/>
        <source>The new end date must be after {day}.</source>
        <translation>新的结束日期必须晚于 {day}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="575"/>
        <source>Enter the reason.</source>
        <translation>请输入原因。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="362"/>
        <source>Position</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="591"/>
        <source>open positions</source>
        <translation>开放招聘职位</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="592"/>
        <source>The headcount must be a whole number from 1 to {max}.</source>
        <translation>人数必须是 1 到 {max} 之间的整数。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="593"/>
        <source>The wanted-by date is in the past.</source>
        <translation>期望到岗日期已过。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="594"/>
        <source>The staffing plan has no open shortage for this role.</source>
        <translation>编制方案中该岗位没有待补的缺口。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="595"/>
        <source>close positions</source>
        <translation>关闭招聘职位</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="596"/>
        <source>see recruitment</source>
        <translation>查看招聘</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="597"/>
        <source>Candidate</source>
        <translation>候选人</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="599"/>
        <source>Enter the candidate&apos;s name.</source>
        <translation>请输入候选人姓名。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="600"/>
        <source>The phone number {phone} is not valid.</source>
        <translation>手机号 {phone} 无效。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="601"/>
        <source>The expected salary cannot be negative.</source>
        <translation>期望薪资不能为负数。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="602"/>
        <source>The application date is in the future.</source>
        <translation>投递日期晚于今天。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="603"/>
        <source>add candidates</source>
        <translation>添加候选人</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="361"/>
        <source>The position {role} is closed.</source>
        <translation>职位 {role} 已关闭。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="604"/>
        <source>edit candidates</source>
        <translation>编辑候选人</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="605"/>
        <source>move candidates</source>
        <translation>调整候选人阶段</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="606"/>
        <source>Unknown stage {stage}.</source>
        <translation>未知的阶段 {stage}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="598"/>
        <source>{name} is {stage} already.</source>
        <translation>{name} 已处于 {stage}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="579"/>
        <source>export candidates</source>
        <translation>导出候选人</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="607"/>
        <source>reject candidates</source>
        <translation>淘汰候选人</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="608"/>
        <source>Enter the reason for the rejection.</source>
        <translation>请输入淘汰原因。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="609"/>
        <source>score interviews</source>
        <translation>面试评分</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="610"/>
        <source>Enter the competence.</source>
        <translation>请输入评分项。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="611"/>
        <source>The score must be a whole number from 1 to 5.</source>
        <translation>评分必须是 1 到 5 之间的整数。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="612"/>
        <source>hire candidates</source>
        <translation>录用入职</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="613"/>
        <source>Only a candidate at the offer stage can be hired ({name} is {stage}).</source>
        <translation>只有处于录用阶段的候选人才能入职（{name} 处于 {stage}）。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="614"/>
        <source>You may not set salaries; leave the base salary empty.</source>
        <translation>您无权设置薪资，请将基本工资留空。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="616"/>
        <source>Training plan</source>
        <translation>培训计划</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="632"/>
        <source>plan training</source>
        <translation>制定培训计划</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="619"/>
        <source>The year must be from {min} to {max}.</source>
        <translation>年份必须在 {min} 到 {max} 之间。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="620"/>
        <source>Enter the training topic.</source>
        <translation>请填写培训主题。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="633"/>
        <source>see the training plans</source>
        <translation>查看培训计划</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="617"/>
        <source>Training session</source>
        <translation>培训场次</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="634"/>
        <source>plan training sessions</source>
        <translation>安排培训场次</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="625"/>
        <source>Enter the place, or mark the session as online.</source>
        <translation>请填写地点，或将本场标为线上。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="570"/>
        <source>Enter a score from 0 to 100.</source>
        <translation>请填写 0 到 100 之间的分数。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="572"/>
        <source>assess your own probation</source>
        <translation>评估自己的试用期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="576"/>
        <source>{name} is not an indicator of {scheme}.</source>
        <translation>{name} 不是 {scheme} 的考核指标。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="577"/>
        <source>Score every indicator: {names}.</source>
        <translation>请为每项指标评分：{names}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="618"/>
        <source>change training plans</source>
        <translation>修改培训计划</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="621"/>
        <source>delete training plans</source>
        <translation>删除培训计划</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="622"/>
        <source>The plan {topic} cannot be deleted: attendance has been taken for its sessions ({count} on the lists). Those records are the people&apos;s training record.</source>
        <translation>培训计划 {topic} 不能删除：其场次已登记签到（名单共 {count} 人次），这些记录是员工的培训档案。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="623"/>
        <source>change training sessions</source>
        <translation>修改培训场次</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="624"/>
        <source>Attendance has been taken for this session, so it cannot move to {day}, a day still to come.</source>
        <translation>本场已登记签到，不能改到尚未到来的 {day}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="626"/>
        <source>delete training sessions</source>
        <translation>删除培训场次</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="627"/>
        <source>The session on {day} cannot be deleted: attendance has been taken ({count} on the list). Those records are the people&apos;s training record.</source>
        <translation>{day} 的场次不能删除：已登记签到（名单 {count} 人），这些记录是员工的培训档案。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="629"/>
        <source>print training sign-in sheets</source>
        <translation>打印培训签到表</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="630"/>
        <source>export training</source>
        <translation>导出培训</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="635"/>
        <source>see the training sessions</source>
        <translation>查看培训场次</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="636"/>
        <source>take training attendance</source>
        <translation>登记培训签到</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="637"/>
        <source>The session on {day} has not taken place yet.</source>
        <translation>{day} 的培训尚未举行。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="638"/>
        <source>take attendance for this person</source>
        <translation>为此人登记签到</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="639"/>
        <source>{name} has an evaluation for this session; clear it before marking them absent.</source>
        <translation>{name} 在本场已有培训评估，请先清除评估再标为缺席。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="640"/>
        <source>record training evaluations</source>
        <translation>录入培训评估</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="641"/>
        <source>evaluate this person</source>
        <translation>评估此人</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="642"/>
        <source>{name} did not attend this session.</source>
        <translation>{name} 未出席本场培训。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="643"/>
        <source>see training attendance</source>
        <translation>查看培训签到</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="645"/>
        <source>see a training record without a staff record</source>
        <translation>在没有员工档案的情况下查看培训档案</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="646"/>
        <source>see someone else&apos;s training record</source>
        <translation>查看他人的培训档案</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="647"/>
        <source>see this person&apos;s training record</source>
        <translation>查看此人的培训档案</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="648"/>
        <source>see the training report</source>
        <translation>查看培训报表</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="650"/>
        <source>A reward or penalty is given as a positive number, not {value}.</source>
        <translation>奖励或处罚请填写正数，而不是 {value}。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="651"/>
        <source>record rewards and penalties from training results</source>
        <translation>按培训结果记奖惩</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="652"/>
        <source>Enter the reward for a pass or the penalty for a fail.</source>
        <translation>请填写通过的奖励或未通过的处罚。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="653"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="655"/>
        <source>The file could not be read or written: {reason}</source>
        <translation>无法读写文件：{reason}</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/error_texts.py" line="656"/>
        <source>Unexpected error: {reason}</source>
        <translation>意外错误：{reason}</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <location filename="../../shopteam/ui/training/dialogs.py" line="202"/>
        <source>Evaluation: %1</source>
        <translation>培训评估：%1</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/dialogs.py" line="204"/>
        <source>0–100, empty for no test</source>
        <translation>0–100，未测试则留空</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/dialogs.py" line="206"/>
        <location filename="../../shopteam/ui/training/dialogs.py" line="209"/>
        <source>(not stated)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/dialogs.py" line="206"/>
        <location filename="../../shopteam/ui/training/dialogs.py" line="215"/>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/dialogs.py" line="206"/>
        <source>Not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/dialogs.py" line="214"/>
        <source>Test score</source>
        <translation>测试成绩</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/dialogs.py" line="216"/>
        <source>Satisfaction (1–5)</source>
        <translation>满意度（1–5）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/dialogs.py" line="217"/>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
</context>
<context>
    <name>Explanations</name>
    <message>
        <location filename="../../shopteam/ui/payout/explanations.py" line="28"/>
        <source>Pay {amount} is below zero</source>
        <extracomment>Why a payout line needs a second look (services.payout.closing.LineFlag codes).</extracomment>
        <translation>应发 {amount} 低于零</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/explanations.py" line="29"/>
        <source>Deductions {amount} exceed {share}% of the month&apos;s pay ({limit})</source>
        <translation>扣款 {amount} 超过当月工资的 {share}%（{limit}）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/explanations.py" line="31"/>
        <source>Pay {amount} is below the minimum wage {limit}</source>
        <translation>工资 {amount} 低于最低工资标准 {limit}</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../shopteam/ui/imports/setup_pages.py" line="50"/>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/setup_pages.py" line="51"/>
        <source>An Excel workbook (.xlsx, .xlsm, .xls) or a CSV file. ShopTeam finds the sheet, the header row and the columns by itself.</source>
        <translation>Excel 工作簿（.xlsx、.xlsm、.xls）或 CSV 文件。网店团队管家会自动找到工作表、表头行和各列。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/setup_pages.py" line="55"/>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/setup_pages.py" line="57"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/setup_pages.py" line="65"/>
        <source>Blank template…</source>
        <translation>空白模板…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/setup_pages.py" line="67"/>
        <source>An empty workbook with these columns, drop-down lists and instructions: fill it in, then import it here</source>
        <translation>带有这些列、下拉列表和填写说明的空白工作簿：填好后在这里导入</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/setup_pages.py" line="76"/>
        <source>Used for dates written without a year, such as 10月1日.</source>
        <translation>用于没有写年份的日期，例如 10月1日。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/setup_pages.py" line="90"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/setup_pages.py" line="91"/>
        <source>What it holds</source>
        <translation>文件内容</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/setup_pages.py" line="92"/>
        <source>Year of dates without one</source>
        <translation>未写年份的日期所属年份</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/setup_pages.py" line="107"/>
        <source>Choose the file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/setup_pages.py" line="108"/>
        <source>Workbooks and CSV files (*.xlsx *.xlsm *.xls *.csv);;All files (*)</source>
        <translation>工作簿和 CSV 文件 (*.xlsx *.xlsm *.xls *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/setup_pages.py" line="118"/>
        <source>Roster import template.xlsx</source>
        <translation>花名册导入模板.xlsx</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/setup_pages.py" line="119"/>
        <source>Punch records import template.xlsx</source>
        <translation>打卡记录导入模板.xlsx</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/setup_pages.py" line="120"/>
        <source>Timesheet import template.xlsx</source>
        <translation>工时导入模板.xlsx</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/setup_pages.py" line="121"/>
        <source>KPI actuals import template.xlsx</source>
        <translation>考核指标数据导入模板.xlsx</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/setup_pages.py" line="122"/>
        <source>Candidates import template.xlsx</source>
        <translation>候选人导入模板.xlsx</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/setup_pages.py" line="132"/>
        <source>Save the blank template</source>
        <translation>保存空白模板</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/setup_pages.py" line="133"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/setup_pages.py" line="140"/>
        <source>Writing the template…</source>
        <translation>正在生成模板…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/setup_pages.py" line="144"/>
        <source>Template saved: %1. Fill it in and choose it above to import it.</source>
        <translation>模板已保存：%1。填好后在上方选择它即可导入。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/setup_pages.py" line="159"/>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../shopteam/ui/login.py" line="47"/>
        <source>Welcome to ShopTeam</source>
        <translation>欢迎使用网店团队管家</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/login.py" line="50"/>
        <source>Set up your shop. You will be its owner and can add managers and staff later.</source>
        <translation>设置您的店铺。您将成为店主，之后可以添加经理和员工。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/login.py" line="53"/>
        <source>e.g. Little Deer Select Store</source>
        <translation>例如：小鹿优选店</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/login.py" line="66"/>
        <source>Shop name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/login.py" line="67"/>
        <source>Owner&apos;s user name</source>
        <translation>店主用户名</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/login.py" line="68"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/login.py" line="69"/>
        <source>Repeat password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/login.py" line="70"/>
        <source>Language of preset data</source>
        <translation>预设数据的语言</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/login.py" line="73"/>
        <source>Create shop</source>
        <translation>创建店铺</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/login.py" line="74"/>
        <source>Open a demo shop</source>
        <translation>打开演示店铺</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/login.py" line="84"/>
        <source>The demo shop has %1 people in %2 departments. Log in later as %3 with the password %4.</source>
        <translation>演示店铺有 %2 个部门、%1 名员工。之后请用用户名 %3、密码 %4 登录。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/login.py" line="101"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>FlowDialog</name>
    <message>
        <location filename="../../shopteam/ui/boards/flow_view.py" line="38"/>
        <source>Flow</source>
        <translation>流动分析</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/flow_view.py" line="43"/>
        <source> weeks</source>
        <translation> 周</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/flow_view.py" line="50"/>
        <source>Save as PNG…</source>
        <translation>另存为 PNG…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/flow_view.py" line="52"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/flow_view.py" line="55"/>
        <source>Period:</source>
        <translation>时间范围：</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/flow_view.py" line="77"/>
        <source>Done: %1 · lead time (median) %2 days · cycle time (median) %3 days · throughput %4 per week</source>
        <translation>已完成：%1 · 交付周期（中位数）%2 天 · 处理周期（中位数）%3 天 · 吞吐量每周 %4 张</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/flow_view.py" line="83"/>
        <source>Cumulative flow</source>
        <translation>累积流图</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/flow_view.py" line="83"/>
        <source>Cards</source>
        <translation>任务卡片</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/flow_view.py" line="84"/>
        <source>Throughput per week</source>
        <translation>每周吞吐量</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/flow_view.py" line="84"/>
        <source>Week starting</source>
        <translation>周起始日</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/flow_view.py" line="92"/>
        <source>flow-%1.png</source>
        <translation>流动分析-%1.png</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/flow_view.py" line="93"/>
        <source>Save as PNG</source>
        <translation>另存为 PNG</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/flow_view.py" line="93"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../shopteam/ui/goals/dialog.py" line="40"/>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/goals/dialog.py" line="40"/>
        <source>New goal</source>
        <translation>新建目标</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/goals/dialog.py" line="52"/>
        <location filename="../../shopteam/ui/goals/dialog.py" line="108"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/goals/dialog.py" line="52"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/goals/dialog.py" line="52"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/goals/dialog.py" line="59"/>
        <source>Whole shop</source>
        <translation>全店</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/goals/dialog.py" line="59"/>
        <location filename="../../shopteam/ui/goals/dialog.py" line="112"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/goals/dialog.py" line="60"/>
        <location filename="../../shopteam/ui/goals/dialog.py" line="113"/>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/goals/dialog.py" line="69"/>
        <source>(nobody)</source>
        <translation>（无人）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/goals/dialog.py" line="76"/>
        <source>e.g. sales, conversion rate, response time</source>
        <translation>例如：销售额、转化率、响应时间</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/goals/dialog.py" line="82"/>
        <source>Typed actual</source>
        <translation>手动填写实际值</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/goals/dialog.py" line="88"/>
        <source>Count the done cards linked to this goal as its actual</source>
        <translation>以关联此目标的已完成任务卡片数作为实际值</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/goals/dialog.py" line="93"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/goals/dialog.py" line="107"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/goals/dialog.py" line="109"/>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/goals/dialog.py" line="110"/>
        <source>Quarter / month</source>
        <translation>季度 / 月份</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/goals/dialog.py" line="111"/>
        <source>For</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/goals/dialog.py" line="114"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/goals/dialog.py" line="115"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/goals/dialog.py" line="116"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/goals/dialog.py" line="119"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/goals/dialog.py" line="120"/>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/goals/dialog.py" line="121"/>
        <source>Parent goal</source>
        <translation>上级目标</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/goals/dialog.py" line="122"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>GoalTreeModel</name>
    <message>
        <location filename="../../shopteam/ui/goals/model.py" line="27"/>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/goals/model.py" line="27"/>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/goals/model.py" line="27"/>
        <source>For</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/goals/model.py" line="27"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/goals/model.py" line="27"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/goals/model.py" line="28"/>
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/goals/model.py" line="28"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/goals/model.py" line="28"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/goals/model.py" line="28"/>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/goals/model.py" line="29"/>
        <source>Whole shop</source>
        <translation>全店</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/goals/model.py" line="87"/>
        <source>%1 Q%2</source>
        <translation>%1 年第 %2 季度</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/goals/model.py" line="88"/>
        <source>%1-%2</source>
        <translation>%1-%2</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/goals/model.py" line="108"/>
        <source> (cards)</source>
        <translation>（按任务卡片）</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../../shopteam/ui/goals/page.py" line="90"/>
        <source>New goal</source>
        <translation>新建目标</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/goals/page.py" line="91"/>
        <source>New sub-goal</source>
        <translation>新建子目标</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/goals/page.py" line="92"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/goals/page.py" line="93"/>
        <source>Break down</source>
        <translation>分解</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/goals/page.py" line="94"/>
        <source>Split a year goal into quarters, or a quarter goal into months</source>
        <translation>将年度目标分解为季度目标，或将季度目标分解为月度目标</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/goals/page.py" line="95"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/goals/page.py" line="109"/>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
</context>
<context>
    <name>GrantsBox</name>
    <message>
        <location filename="../../shopteam/ui/accounts/grants_box.py" line="14"/>
        <source>Individual permissions</source>
        <translation>单独授权</translation>
    </message>
</context>
<context>
    <name>GrantsDialog</name>
    <message>
        <location filename="../../shopteam/ui/accounts/grants_dialog.py" line="18"/>
        <source>Permissions of {name}</source>
        <translation>{name} 的授权</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/grants_dialog.py" line="26"/>
        <source>These permissions come on top of what the access level allows.</source>
        <translation>这些权限是在访问级别所允许的权限之外额外授予的。</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../shopteam/ui/roster/leaving_dialog.py" line="101"/>
        <source>Handover: %1</source>
        <translation>离职交接：%1</translation>
    </message>
</context>
<context>
    <name>HireDialog</name>
    <message>
        <location filename="../../shopteam/ui/people/dialogs.py" line="203"/>
        <source>Hire %1</source>
        <translation>录用入职 %1</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/dialogs.py" line="208"/>
        <source>(the position&apos;s)</source>
        <translation>（职位所属部门）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/dialogs.py" line="212"/>
        <source>set later by the owner</source>
        <translation>由店主稍后设置</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/dialogs.py" line="219"/>
        <source>Candidate</source>
        <translation>候选人</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/dialogs.py" line="220"/>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/dialogs.py" line="221"/>
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/dialogs.py" line="222"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/dialogs.py" line="223"/>
        <source>Base salary</source>
        <translation>基本工资</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/dialogs.py" line="224"/>
        <source>Probation ends</source>
        <translation>试用期至</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="119"/>
        <source>Refresh</source>
        <extracomment>The headcount chart follows the figures by this much: matplotlib (about two seconds to import and set up its fonts, done on the worker) is not part of the start (tests/test_startup_imports).</extracomment>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="177"/>
        <source>Loading this month&apos;s figures…</source>
        <translation>正在计算本月数据…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="199"/>
        <source>This month, %1 (to %2)</source>
        <translation>本月概况 %1（截至 %2）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="237"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="237"/>
        <source>self-assessment</source>
        <translation>自评中</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="238"/>
        <source>supervisor review</source>
        <translation>上级评分中</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="238"/>
        <source>calibration</source>
        <translation>校准中</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="239"/>
        <source>finalised</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="239"/>
        <source>interviewed</source>
        <translation>已面谈</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="243"/>
        <source>not computed</source>
        <translation>未核算</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="243"/>
        <source>estimate</source>
        <translation>预估</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="244"/>
        <source>computed, not approved</source>
        <translation>已核算，待审批</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="244"/>
        <source>approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="247"/>
        <source>late %1 · missing punches %2 · absent %3 d</source>
        <translation>迟到 %1 · 缺卡 %2 · 旷工 %3 天</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="252"/>
        <source>Headcount</source>
        <translation>在职人数</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="253"/>
        <source>%1 joined · %2 left this month</source>
        <translation>本月入职 %1 · 离职 %2</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="255"/>
        <source>Open tasks</source>
        <translation>未完成任务</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="255"/>
        <source>on the boards</source>
        <translation>看板上的任务卡片</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="256"/>
        <source>Overdue tasks</source>
        <translation>逾期任务</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="256"/>
        <source>past their due date</source>
        <translation>已过截止日期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="259"/>
        <source>Attendance exceptions</source>
        <translation>考勤异常</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="264"/>
        <source>Requests to approve</source>
        <translation>待审批申请</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="265"/>
        <source>leave %1 · overtime %2 · corrections %3</source>
        <translation>请假 %1 · 加班 %2 · 补卡 %3</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="268"/>
        <source>Timesheets to approve</source>
        <translation>待审批工时</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="268"/>
        <source>entries</source>
        <translation>条记录</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="274"/>
        <source>Appraisal</source>
        <translation>绩效考核</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="275"/>
        <source>no cycle this month</source>
        <translation>本月未开启考核</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="276"/>
        <source>Payout</source>
        <translation>奖金核算</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="281"/>
        <source>Probation ends</source>
        <translation>试用期到期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="283"/>
        <source>none within 14 days</source>
        <translation>14 天内无人到期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="287"/>
        <source>Training coming up</source>
        <translation>近期培训</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="288"/>
        <source>next: %1 on %2</source>
        <translation>下一场：%2 %1</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="290"/>
        <source>no session within 14 days</source>
        <translation>14 天内没有培训</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="293"/>
        <source>Month-end checklist</source>
        <translation>月结清单</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="294"/>
        <source>Only who approves the payout sees the month-end checklist.</source>
        <translation>只有审批奖金核算的人才能看到月结清单。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="297"/>
        <source>Open the payout</source>
        <translation>打开奖金核算</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopteam/ui/home/page.py" line="300"/>
        <source>Month-end checklist: %n item(s) still open</source>
        <translation>
            <numerusform>月结清单：尚有 %n 项未完成</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="301"/>
        <source>Month-end checklist: nothing blocks closing the month</source>
        <translation>月结清单：没有阻碍月结的事项</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="308"/>
        <source>The month&apos;s payout is not computed yet</source>
        <translation>本月奖金尚未核算</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="310"/>
        <source>leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="310"/>
        <source>overtime</source>
        <translation>加班</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="310"/>
        <source>correction</source>
        <translation>补卡</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="311"/>
        <source>%1: %2 request waiting for a decision</source>
        <translation>%1：%2申请待审批</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="314"/>
        <source>%1: appraisal not finalised (%2)</source>
        <translation>%1：绩效考核未定稿（%2）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="316"/>
        <source>%1: no punch and no timesheet this month</source>
        <translation>%1：本月无打卡也无工时记录</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="317"/>
        <source>%1: payout line to check (%2)</source>
        <translation>%1：奖金明细需复核（%2）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="322"/>
        <location filename="../../shopteam/ui/home/page.py" line="344"/>
        <source>My tasks due this week</source>
        <translation>本周到期的我的任务</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="323"/>
        <source>%1 open in all</source>
        <translation>共 %1 项未完成</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="326"/>
        <location filename="../../shopteam/ui/home/page.py" line="329"/>
        <source>My attendance</source>
        <translation>我的考勤</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="326"/>
        <source>nothing recorded this month</source>
        <translation>本月暂无记录</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="329"/>
        <source>%1 days worked</source>
        <translation>出勤 %1 天</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="333"/>
        <source>My last appraisal</source>
        <translation>我最近的考核</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="335"/>
        <source>none finalised yet</source>
        <translation>尚无定稿的考核</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="338"/>
        <source>My payslips</source>
        <translation>我的工资条</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="339"/>
        <source>%1 · %2 approved in all</source>
        <translation>%1 · 共 %2 份已审批</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="340"/>
        <source>none approved yet</source>
        <translation>尚无已审批的工资条</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="342"/>
        <source>My requests</source>
        <translation>我的申请</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="342"/>
        <source>waiting · %1 this month</source>
        <translation>待审批 · 本月共 %1 条</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="345"/>
        <source>Open my tasks</source>
        <translation>打开我的任务</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/home/page.py" line="351"/>
        <source>Nothing due this week.</source>
        <translation>本周没有到期的任务。</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message>
        <location filename="../../shopteam/ui/imports/problems.py" line="33"/>
        <source>Row %1, %2: expected %3, the cell is empty.</source>
        <translation>第 %1 行，%2：应为%3，但单元格为空。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/problems.py" line="35"/>
        <source>Row %1, %2: expected %3, got “%4”.</source>
        <translation>第 %1 行，%2：应为%3，实际为“%4”。</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <location filename="../../shopteam/ui/appraisal/offline.py" line="51"/>
        <source>Scores not imported</source>
        <translation>评分未导入</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/offline.py" line="59"/>
        <source>Correct these cells in the workbook, save it and import it again. Nothing was changed.</source>
        <translation>请在工作簿中改正这些单元格，保存后重新导入。数据没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/offline.py" line="63"/>
        <source>Copy list</source>
        <translation>复制列表</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <location filename="../../shopteam/ui/imports/texts.py" line="15"/>
        <source>Find out from the headers</source>
        <extracomment>The choices on the file page: (key, English label). &quot;auto&quot; lets the headers decide.</extracomment>
        <translation>根据表头自动识别</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/texts.py" line="16"/>
        <source>Roster (staff list)</source>
        <translation>花名册（员工名单）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/texts.py" line="17"/>
        <source>Attendance (punch records)</source>
        <translation>考勤（打卡记录）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/texts.py" line="18"/>
        <source>Timesheet (hours reported)</source>
        <translation>工时表（申报的工时）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/texts.py" line="19"/>
        <source>KPI actuals (sales, conversion, DSR …)</source>
        <translation>KPI 实际值（销售额、转化率、DSR …）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/texts.py" line="20"/>
        <source>Candidates (recruitment)</source>
        <translation>候选人（招聘）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/texts.py" line="24"/>
        <source>a roster</source>
        <translation>花名册</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/texts.py" line="25"/>
        <source>attendance, one row per person and day</source>
        <translation>考勤（每人每天一行）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/texts.py" line="26"/>
        <source>attendance, one row per punch</source>
        <translation>考勤（每次打卡一行）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/texts.py" line="27"/>
        <source>attendance</source>
        <translation>考勤</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/texts.py" line="28"/>
        <source>a timesheet</source>
        <translation>工时表</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/texts.py" line="29"/>
        <source>KPI actuals</source>
        <translation>KPI 实际值</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/texts.py" line="30"/>
        <source>candidates</source>
        <translation>候选人</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/texts.py" line="34"/>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/texts.py" line="35"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/texts.py" line="36"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/texts.py" line="37"/>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/texts.py" line="38"/>
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/texts.py" line="39"/>
        <source>Base salary</source>
        <translation>基本工资</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/texts.py" line="40"/>
        <source>Social-insurance base</source>
        <translation>社保基数</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/texts.py" line="41"/>
        <source>Housing-fund base</source>
        <translation>公积金基数</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/texts.py" line="42"/>
        <source>Special additional deductions</source>
        <translation>专项附加扣除</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/texts.py" line="43"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/texts.py" line="44"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/texts.py" line="45"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/texts.py" line="46"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/texts.py" line="47"/>
        <source>Clock-in</source>
        <translation>上班打卡</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/texts.py" line="48"/>
        <source>Clock-out</source>
        <translation>下班打卡</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/texts.py" line="49"/>
        <source>Punch time</source>
        <translation>打卡时间</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/texts.py" line="50"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/texts.py" line="51"/>
        <source>Hours</source>
        <translation>工时</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/texts.py" line="52"/>
        <source>Overtime hours</source>
        <translation>加班时长</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/texts.py" line="53"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/texts.py" line="54"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/texts.py" line="55"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/texts.py" line="56"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/texts.py" line="57"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/texts.py" line="58"/>
        <source>Expected salary</source>
        <translation>期望薪资</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/texts.py" line="59"/>
        <source>CV</source>
        <translation>简历</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/texts.py" line="60"/>
        <source>Applied on</source>
        <translation>投递日期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/texts.py" line="64"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/texts.py" line="65"/>
        <source>Duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/texts.py" line="66"/>
        <source>Rejected</source>
        <translation>无法导入</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../shopteam/ui/imports/result_pages.py" line="46"/>
        <source>New department: %1</source>
        <translation>新部门：%1</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/result_pages.py" line="47"/>
        <source>New role: %1</source>
        <translation>新岗位：%1</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/wizard.py" line="27"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/jobs.py" line="26"/>
        <source>Checking the rows…</source>
        <extracomment>The file page&apos;s choice -&gt; the service&apos;s kind (&apos;attendance&apos; lets the headers pick punches or a punch log).</extracomment>
        <translation>正在检查各行…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/jobs.py" line="27"/>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/jobs.py" line="29"/>
        <location filename="../../shopteam/ui/imports/jobs.py" line="80"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/jobs.py" line="48"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/jobs.py" line="94"/>
        <source>Saving the error workbook…</source>
        <translation>正在保存错误工作簿…</translation>
    </message>
</context>
<context>
    <name>KanbanView</name>
    <message>
        <location filename="../../shopteam/ui/boards/kanban.py" line="169"/>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/kanban.py" line="169"/>
        <source>No department</source>
        <translation>无部门</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../shopteam/ui/i18n.py" line="58"/>
        <source>en</source>
        <translation>zh</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../../shopteam/ui/roster/leave_dialog.py" line="36"/>
        <source>Mark as left</source>
        <translation>办理离职</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopteam/ui/roster/leave_dialog.py" line="39"/>
        <source> and %n more</source>
        <translation>
            <numerusform> 等 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopteam/ui/roster/leave_dialog.py" line="40"/>
        <source>%n people will be marked as left: %1</source>
        <translation>
            <numerusform>将为 %n 人办理离职：%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/leave_dialog.py" line="55"/>
        <source>Leave date</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/leave_dialog.py" line="56"/>
        <source>Reason</source>
        <translation>离职原因</translation>
    </message>
</context>
<context>
    <name>LeaveRequestDialog</name>
    <message>
        <location filename="../../shopteam/ui/attendance/request_dialogs.py" line="91"/>
        <source>New leave request</source>
        <translation>新建请假申请</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/request_dialogs.py" line="111"/>
        <source>The scheduled hours</source>
        <translation>按排班时长</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/request_dialogs.py" line="112"/>
        <source>Leave it at “The scheduled hours” for whole days; give the hours for part of a day.</source>
        <translation>请整天假时保持“按排班时长”；请半天或几小时假时填写小时数。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/request_dialogs.py" line="114"/>
        <source>Kind of leave</source>
        <translation>请假类型</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/request_dialogs.py" line="115"/>
        <source>First day</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/request_dialogs.py" line="116"/>
        <source>Last day</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/request_dialogs.py" line="117"/>
        <source>Hours</source>
        <translation>小时数</translation>
    </message>
</context>
<context>
    <name>LeavingDialog</name>
    <message>
        <location filename="../../shopteam/ui/roster/leaving_dialog.py" line="46"/>
        <source>Leaving: %1</source>
        <translation>离职：%1</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/leaving_dialog.py" line="49"/>
        <source>Resignation (辞职)</source>
        <translation>辞职</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/leaving_dialog.py" line="50"/>
        <source>Dismissal (辞退)</source>
        <translation>辞退</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/leaving_dialog.py" line="61"/>
        <source>Work handed over to the successor</source>
        <translation>工作交接给接手人</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/leaving_dialog.py" line="61"/>
        <source>Computer, badge and other equipment returned</source>
        <translation>归还电脑、工牌等设备</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/leaving_dialog.py" line="62"/>
        <source>Shop back-office and customer-service accounts handed back</source>
        <translation>交还店铺后台与客服账号</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/leaving_dialog.py" line="63"/>
        <source>Advances and expense claims settled</source>
        <translation>结清借款与报销</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/leaving_dialog.py" line="64"/>
        <source>The record stays on the roster as left; the account can log in up to the last day and not after; the last month is paid up to the last day.</source>
        <translation>档案以“离职”状态保留在花名册中；账号可登录到最后工作日，之后停用；最后一个月的工资按出勤至最后工作日折算。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/leaving_dialog.py" line="69"/>
        <source>How</source>
        <translation>离职方式</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/leaving_dialog.py" line="70"/>
        <source>Last working day</source>
        <translation>最后工作日</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/leaving_dialog.py" line="71"/>
        <source>Reason</source>
        <translation>离职原因</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/leaving_dialog.py" line="72"/>
        <source>Handover checklist (one item a line)</source>
        <translation>离职交接清单（每行一项）</translation>
    </message>
</context>
<context>
    <name>LedgerEntryDialog</name>
    <message>
        <location filename="../../shopteam/ui/payout/ledger_page.py" line="117"/>
        <source>Edit entry</source>
        <translation>编辑奖惩记录</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/ledger_page.py" line="117"/>
        <source>New reward or penalty</source>
        <translation>新建奖惩记录</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/ledger_page.py" line="138"/>
        <source>Only for a bonus or a fine, e.g. 50.00</source>
        <translation>仅奖金或罚款填写，例如 50.00</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/ledger_page.py" line="141"/>
        <source>Appraisal points, -100 to 100, e.g. -2</source>
        <translation>考核分值，-100 至 100，例如 -2</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/ledger_page.py" line="154"/>
        <source>Person</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/ledger_page.py" line="155"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/ledger_page.py" line="156"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/ledger_page.py" line="157"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/ledger_page.py" line="158"/>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/ledger_page.py" line="159"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/ledger_page.py" line="183"/>
        <source>Choose the person.</source>
        <translation>请选择员工。</translation>
    </message>
</context>
<context>
    <name>LedgerKinds</name>
    <message>
        <location filename="../../shopteam/ui/payout/ledger_page.py" line="46"/>
        <source>Commendation</source>
        <translation>表彰</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/ledger_page.py" line="47"/>
        <source>Bonus</source>
        <translation>奖金</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/ledger_page.py" line="48"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/ledger_page.py" line="49"/>
        <source>Fine</source>
        <translation>罚款</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/ledger_page.py" line="50"/>
        <source>Demotion note</source>
        <translation>降职记录</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <location filename="../../shopteam/ui/payout/ledger_page.py" line="54"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/ledger_page.py" line="54"/>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/ledger_page.py" line="55"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/ledger_page.py" line="55"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/ledger_page.py" line="56"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/ledger_page.py" line="56"/>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/ledger_page.py" line="57"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/ledger_page.py" line="57"/>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <location filename="../../shopteam/ui/payout/ledger_page.py" line="242"/>
        <source>All months</source>
        <translation>全部月份</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/ledger_page.py" line="247"/>
        <source>Everyone</source>
        <translation>全部员工</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/ledger_page.py" line="261"/>
        <source>New entry…</source>
        <translation>新建记录…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/ledger_page.py" line="264"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/ledger_page.py" line="267"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/ledger_page.py" line="289"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/ledger_page.py" line="293"/>
        <source>Person</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/ledger_page.py" line="303"/>
        <source>Only the owner and managers can record rewards and penalties; you see your own entries here.</source>
        <translation>只有店主和经理可以记录奖惩；这里显示的是您自己的记录。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/ledger_page.py" line="333"/>
        <source>No entries for this selection.</source>
        <translation>所选范围内没有奖惩记录。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopteam/ui/payout/ledger_page.py" line="335"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/ledger_page.py" line="382"/>
        <source>Delete the %1 of %2 dated %3?</source>
        <translation>删除 %2 在 %3 的%1记录吗？</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/ledger_page.py" line="384"/>
        <source>Delete entry</source>
        <translation>删除奖惩记录</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/ledger_page.py" line="398"/>
        <source>The entry is deleted.</source>
        <translation>该记录已删除。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../shopteam/ui/login.py" line="133"/>
        <source>Log in — %1</source>
        <translation>登录 — %1</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/login.py" line="143"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/login.py" line="144"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/login.py" line="145"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="54"/>
        <location filename="../../shopteam/ui/main_window.py" line="144"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="55"/>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="57"/>
        <source>Roles</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="58"/>
        <source>Org chart</source>
        <translation>组织架构图</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="60"/>
        <source>Staffing plan</source>
        <translation>人员配置</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="62"/>
        <source>Attendance</source>
        <translation>考勤</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="64"/>
        <source>Leave &amp; overtime</source>
        <translation>请假与加班</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="66"/>
        <source>Timesheets</source>
        <translation>工时</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="68"/>
        <source>Boards</source>
        <translation>看板</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="69"/>
        <source>My tasks</source>
        <translation>我的任务</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="71"/>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="72"/>
        <source>Weekly meeting</source>
        <translation>周例会</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="74"/>
        <source>Appraisal</source>
        <translation>绩效考核</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="76"/>
        <source>Payout</source>
        <translation>奖金核算</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="77"/>
        <source>Rewards &amp; penalties</source>
        <translation>奖惩记录</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="79"/>
        <source>Recruitment</source>
        <translation>招聘</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="81"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="83"/>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="85"/>
        <source>Audit log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="115"/>
        <source>ShopTeam — %1</source>
        <translation>网店团队管家 — %1</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="144"/>
        <source>Owner</source>
        <translation>店主</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="144"/>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="146"/>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2（%3）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="238"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="239"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="244"/>
        <source>Backups…</source>
        <translation>备份…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="252"/>
        <source>Database…</source>
        <translation>数据库…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="261"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="262"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="342"/>
        <source>The automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="247"/>
        <location filename="../../shopteam/ui/main_window.py" line="353"/>
        <location filename="../../shopteam/ui/main_window.py" line="355"/>
        <location filename="../../shopteam/ui/main_window.py" line="358"/>
        <location filename="../../shopteam/ui/main_window.py" line="362"/>
        <source>Check the database</source>
        <translation>检查数据库</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="53"/>
        <source>Home</source>
        <translation>工作台</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="256"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="267"/>
        <source>&amp;Account</source>
        <translation>账号(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="268"/>
        <source>Change my password…</source>
        <translation>修改我的密码…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="271"/>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="275"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="282"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="283"/>
        <location filename="../../shopteam/ui/main_window.py" line="365"/>
        <source>About ShopTeam</source>
        <translation>关于网店团队管家</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="299"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="300"/>
        <source>The new language is used after a restart. Restart ShopTeam now?</source>
        <translation>新语言在重启后生效。现在重启网店团队管家吗？</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="356"/>
        <source>The database is sound: no problems found.</source>
        <translation>数据库完好：未发现问题。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="359"/>
        <source>Problems found:</source>
        <translation>发现以下问题：</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="366"/>
        <source>ShopTeam %1 — team management for small online shops.
Database: %2</source>
        <translation>网店团队管家 %1 — 小型网店的团队管理工具。
数据库：%2</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../shopteam/ui/imports/setup_pages.py" line="218"/>
        <source>Check the columns</source>
        <translation>核对各列</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/setup_pages.py" line="224"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/setup_pages.py" line="224"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/setup_pages.py" line="224"/>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/setup_pages.py" line="274"/>
        <source>Sheet “%1” holds %2. Headers found on row %3; correct a column below if it is wrong.</source>
        <translation>工作表“%1”的内容是%2。表头在第 %3 行；如有列对应错误，请在下方更正。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/setup_pages.py" line="294"/>
        <source>(not in the file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/setup_pages.py" line="321"/>
        <source>Choose a column for: %1.</source>
        <translation>请为以下项目选择列：%1。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/setup_pages.py" line="331"/>
        <source>Month of rows without one:</source>
        <translation>未填月份的行计入：</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/setup_pages.py" line="332"/>
        <source>Rows with an empty month cell are for this month.</source>
        <translation>月份单元格为空的行计入此月。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/setup_pages.py" line="334"/>
        <source>Month of the figures:</source>
        <translation>数据所属月份：</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/setup_pages.py" line="335"/>
        <source>The file has no month column: every row is for this month.</source>
        <translation>文件中没有月份列：所有行都计入此月。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/setup_pages.py" line="342"/>
        <location filename="../../shopteam/ui/imports/setup_pages.py" line="344"/>
        <source>%1 or %2</source>
        <translation>%1或%2</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/setup_pages.py" line="366"/>
        <source>Checking the rows…</source>
        <translation>正在检查各行…</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <location filename="../../shopteam/ui/meetings/page.py" line="71"/>
        <source>Issue</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/meetings/page.py" line="71"/>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/meetings/page.py" line="71"/>
        <source>Decision</source>
        <translation>决议</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/meetings/page.py" line="75"/>
        <source>&amp;Create meeting</source>
        <translation>创建周例会(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/meetings/page.py" line="76"/>
        <source>&amp;Export to Excel…</source>
        <translation>导出到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/meetings/page.py" line="77"/>
        <source>&amp;Print / PDF…</source>
        <translation>打印/PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/meetings/page.py" line="78"/>
        <source>The meeting record on A4 as a PDF, to print or to send</source>
        <translation>A4 纸的会议记录 PDF，可打印或发送</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/meetings/page.py" line="82"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/meetings/page.py" line="82"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/meetings/page.py" line="91"/>
        <source>Search past meetings</source>
        <translation>搜索以往的周例会</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/meetings/page.py" line="96"/>
        <source>Past meetings</source>
        <translation>以往的周例会</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/meetings/page.py" line="123"/>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/meetings/page.py" line="123"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/meetings/page.py" line="123"/>
        <source>Attended</source>
        <translation>出席</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/meetings/page.py" line="124"/>
        <location filename="../../shopteam/ui/meetings/page.py" line="138"/>
        <source>This week&apos;s summary</source>
        <translation>本周总结</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/meetings/page.py" line="124"/>
        <location filename="../../shopteam/ui/meetings/page.py" line="139"/>
        <source>Next week&apos;s plan</source>
        <translation>下周计划</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/meetings/page.py" line="135"/>
        <source>&amp;Save part</source>
        <translation>保存汇报(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/meetings/page.py" line="144"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/meetings/page.py" line="155"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/meetings/page.py" line="156"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/meetings/page.py" line="159"/>
        <source>Issues and decisions</source>
        <translation>问题与决议</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/meetings/page.py" line="168"/>
        <location filename="../../shopteam/ui/meetings/page.py" line="190"/>
        <source>Action item</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/meetings/page.py" line="168"/>
        <location filename="../../shopteam/ui/meetings/page.py" line="191"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/meetings/page.py" line="168"/>
        <location filename="../../shopteam/ui/meetings/page.py" line="192"/>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/meetings/page.py" line="169"/>
        <location filename="../../shopteam/ui/meetings/page.py" line="193"/>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/meetings/page.py" line="169"/>
        <source>Card</source>
        <translation>任务卡片</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/meetings/page.py" line="182"/>
        <source>Add action item</source>
        <translation>添加待办事项</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/meetings/page.py" line="183"/>
        <source>&amp;Make card</source>
        <translation>生成任务卡片(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/meetings/page.py" line="186"/>
        <source>Action items</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/meetings/page.py" line="216"/>
        <source>The whole shop</source>
        <translation>全店</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/meetings/page.py" line="277"/>
        <source>No meeting for this week yet; the parts shown are prefilled from the week&apos;s cards and timesheets.</source>
        <translation>本周尚无周例会；下列汇报由本周的任务卡片和工时预填。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/meetings/page.py" line="279"/>
        <source>No meeting for this week yet.</source>
        <translation>本周尚无周例会。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/meetings/page.py" line="280"/>
        <source>No meeting of this week that you take part in.</source>
        <translation>本周没有您参加的周例会。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/meetings/page.py" line="282"/>
        <source>Meeting of %1, held on %2</source>
        <translation>%1 周例会，召开于 %2</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/meetings/page.py" line="326"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/meetings/page.py" line="429"/>
        <source>The action item is now a card on %1.</source>
        <translation>该待办事项已成为看板 %1 上的任务卡片。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/meetings/page.py" line="436"/>
        <source>weekly-meeting-%1.xlsx</source>
        <translation>周例会-%1.xlsx</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/meetings/page.py" line="435"/>
        <location filename="../../shopteam/ui/meetings/page.py" line="447"/>
        <source>Export the meeting to Excel</source>
        <translation>将周例会导出到 Excel</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/meetings/page.py" line="437"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/meetings/page.py" line="453"/>
        <location filename="../../shopteam/ui/meetings/page.py" line="467"/>
        <source>Print the meeting record (PDF)</source>
        <translation>打印会议记录（PDF）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/meetings/page.py" line="454"/>
        <source>weekly-meeting-%1.pdf</source>
        <translation>周例会-%1.pdf</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/meetings/page.py" line="455"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/meetings/page.py" line="477"/>
        <source>The meeting was written to %1.</source>
        <translation>周例会已写入 %1。</translation>
    </message>
</context>
<context>
    <name>MonthModel</name>
    <message>
        <location filename="../../shopteam/ui/attendance/month_model.py" line="33"/>
        <source>Employee
no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/month_model.py" line="34"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/month_model.py" line="35"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/month_model.py" line="36"/>
        <source>Scheduled
days</source>
        <translation>应出勤
天数</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/month_model.py" line="37"/>
        <source>Days
worked</source>
        <translation>出勤
天数</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/month_model.py" line="38"/>
        <source>Late</source>
        <translation>迟到
次数</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/month_model.py" line="39"/>
        <source>Late
minutes</source>
        <translation>迟到
分钟</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/month_model.py" line="40"/>
        <source>Early
leave</source>
        <translation>早退
次数</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/month_model.py" line="41"/>
        <source>Missing
punch</source>
        <translation>缺卡
次数</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/month_model.py" line="42"/>
        <source>Absence
days</source>
        <translation>旷工
天数</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/month_model.py" line="43"/>
        <source>Leave
hours</source>
        <translation>请假
小时</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/month_model.py" line="44"/>
        <source>Overtime
workday
(h)</source>
        <translation>工作日
加班
(小时)</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/month_model.py" line="45"/>
        <source>Overtime
rest day
(h)</source>
        <translation>休息日
加班
(小时)</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/month_model.py" line="46"/>
        <source>Overtime
holiday
(h)</source>
        <translation>法定节假日
加班
(小时)</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/month_model.py" line="47"/>
        <source>Unapproved
overtime
(h)</source>
        <translation>未审批
加班
(小时)</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/month_model.py" line="49"/>
        <source>Punch
corrections</source>
        <translation>补卡
次数</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/month_model.py" line="50"/>
        <source>Corrections
beyond
allowance</source>
        <translation>超出免费
补卡次数</translation>
    </message>
</context>
<context>
    <name>MonthPicker</name>
    <message>
        <location filename="../../shopteam/ui/widgets/month_picker.py" line="18"/>
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/widgets/month_picker.py" line="28"/>
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
</context>
<context>
    <name>MyTasksModel</name>
    <message>
        <location filename="../../shopteam/ui/boards/my_tasks.py" line="44"/>
        <source>Card</source>
        <translation>任务卡片</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/my_tasks.py" line="44"/>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/my_tasks.py" line="44"/>
        <source>Column</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/my_tasks.py" line="44"/>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/my_tasks.py" line="45"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/my_tasks.py" line="45"/>
        <source>Assignees</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/my_tasks.py" line="46"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/my_tasks.py" line="46"/>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/my_tasks.py" line="46"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/my_tasks.py" line="46"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
</context>
<context>
    <name>MyTasksPage</name>
    <message>
        <location filename="../../shopteam/ui/boards/my_tasks.py" line="90"/>
        <source>Show done cards</source>
        <translation>显示已完成的任务卡片</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/my_tasks.py" line="92"/>
        <source>Weekly report to Excel…</source>
        <translation>导出周报到 Excel…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/my_tasks.py" line="106"/>
        <source>Person:</source>
        <translation>员工：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopteam/ui/boards/my_tasks.py" line="136"/>
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n 张任务卡片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopteam/ui/boards/my_tasks.py" line="137"/>
        <source>, %n overdue</source>
        <translation>
            <numerusform>，%n 张已逾期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/my_tasks.py" line="150"/>
        <source>weekly-report-%1.xlsx</source>
        <translation>周报-%1.xlsx</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/my_tasks.py" line="151"/>
        <location filename="../../shopteam/ui/boards/my_tasks.py" line="173"/>
        <source>Weekly report</source>
        <translation>周报</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/my_tasks.py" line="152"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/my_tasks.py" line="166"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/my_tasks.py" line="170"/>
        <source>Weekly report written to %1.</source>
        <translation>周报已写入 %1。</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <location filename="../../shopteam/ui/accounts/account_dialog.py" line="29"/>
        <source>New account</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/account_dialog.py" line="47"/>
        <source>(no staff record)</source>
        <translation>（无员工档案）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/account_dialog.py" line="56"/>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/account_dialog.py" line="57"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/account_dialog.py" line="58"/>
        <source>Repeat password:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/account_dialog.py" line="59"/>
        <source>Access level:</source>
        <translation>访问级别：</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/account_dialog.py" line="60"/>
        <source>Staff member:</source>
        <translation>员工：</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/account_dialog.py" line="64"/>
        <source>Create account</source>
        <translation>创建账号</translation>
    </message>
</context>
<context>
    <name>NewBoardDialog</name>
    <message>
        <location filename="../../shopteam/ui/boards/board_dialogs.py" line="34"/>
        <source>New board</source>
        <translation>新建看板</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/board_dialogs.py" line="41"/>
        <source>Content pipeline: 策划 → 创作 → 审核 → 发布 → 推广 → 复盘</source>
        <translation>内容流程：策划 → 创作 → 审核 → 发布 → 推广 → 复盘</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/board_dialogs.py" line="42"/>
        <source>Campaign pipeline: 策划 → 筹备 → 执行 → 监控 → 总结</source>
        <translation>活动流程：策划 → 筹备 → 执行 → 监控 → 总结</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/board_dialogs.py" line="43"/>
        <source>Listing pipeline: 选品 → 上架 → 优化</source>
        <translation>上新流程：选品 → 上架 → 优化</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/board_dialogs.py" line="44"/>
        <source>Custom: To do → Doing → Done</source>
        <translation>自定义：待办 → 进行中 → 已完成</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/board_dialogs.py" line="49"/>
        <source>(whole shop)</source>
        <translation>（全店）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/board_dialogs.py" line="53"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/board_dialogs.py" line="53"/>
        <source>By person</source>
        <translation>按人员</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/board_dialogs.py" line="54"/>
        <source>By department</source>
        <translation>按部门</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/board_dialogs.py" line="61"/>
        <source>Pipeline</source>
        <translation>流程</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/board_dialogs.py" line="62"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/board_dialogs.py" line="63"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/boards/board_dialogs.py" line="64"/>
        <source>Swimlanes</source>
        <translation>泳道</translation>
    </message>
</context>
<context>
    <name>OfflineScoring</name>
    <message>
        <location filename="../../shopteam/ui/appraisal/offline.py" line="90"/>
        <source>Export for offline scoring…</source>
        <translation>导出离线评分表…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/offline.py" line="92"/>
        <source>One Excel sheet per person; only the supervisor&apos;s scores and comment can be filled in</source>
        <translation>每人一张 Excel 工作表；只能填写上级评分和上级评语</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/offline.py" line="94"/>
        <source>Import scores…</source>
        <translation>导入评分…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/offline.py" line="116"/>
        <source>Export for offline scoring</source>
        <translation>导出离线评分表</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/offline.py" line="117"/>
        <source>appraisal-scoring-%1.xlsx</source>
        <translation>绩效评分表-%1.xlsx</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/offline.py" line="118"/>
        <location filename="../../shopteam/ui/appraisal/offline.py" line="148"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/offline.py" line="127"/>
        <source>Writing the scoring sheets…</source>
        <translation>正在生成评分表…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/offline.py" line="132"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopteam/ui/appraisal/offline.py" line="140"/>
        <source>%n sheet(s) written to %1. Fill in the yellow cells, then use Import scores….</source>
        <translation>
            <numerusform>已生成 %n 张工作表：%1。填好黄色单元格后，用“导入评分…”导入。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/offline.py" line="148"/>
        <location filename="../../shopteam/ui/appraisal/offline.py" line="153"/>
        <source>Import scores</source>
        <translation>导入评分</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/offline.py" line="154"/>
        <source>Also submit the appraisals whose indicators are all scored, handing them on to calibration (as &quot;Save and submit&quot; does)? Choose No to only save the scores.</source>
        <translation>是否同时提交所有评分指标都已评分的考核，转入绩效校准（与“保存并提交”相同）？选择“否”则只保存评分。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/offline.py" line="162"/>
        <source>Importing the scores…</source>
        <translation>正在导入评分…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/offline.py" line="167"/>
        <source>Cancelled; nothing was imported.</source>
        <translation>已取消，未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/offline.py" line="179"/>
        <source>%1: nothing new; every score in the file is already stored.</source>
        <translation>%1：没有新内容，文件中的评分都已保存。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/offline.py" line="182"/>
        <source>%1: %2 score(s) and %3 comment(s) of %4 person(s) saved; %5 submitted.</source>
        <translation>%1：已保存 %4 人的 %2 项评分和 %3 条评语，其中 %5 人已提交。</translation>
    </message>
</context>
<context>
    <name>OnboardingDialog</name>
    <message>
        <location filename="../../shopteam/ui/people/onboarding.py" line="56"/>
        <source>Onboarding: %1</source>
        <translation>入职清单：%1</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/onboarding.py" line="60"/>
        <source>Fill from the role&apos;s template</source>
        <translation>按岗位模板生成</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/onboarding.py" line="71"/>
        <source>No onboarding checklist yet.</source>
        <translation>还没有入职清单。</translation>
    </message>
</context>
<context>
    <name>OnboardingLabels</name>
    <message>
        <location filename="../../shopteam/ui/people/onboarding.py" line="29"/>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/onboarding.py" line="30"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/onboarding.py" line="31"/>
        <source>Handover</source>
        <translation>交接</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/onboarding.py" line="32"/>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
</context>
<context>
    <name>OnboardingTemplatesDialog</name>
    <message>
        <location filename="../../shopteam/ui/people/onboarding.py" line="95"/>
        <source>Onboarding checklist templates</source>
        <translation>入职清单模板</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/onboarding.py" line="111"/>
        <source>One item a line. A role without items of its own uses the default checklist. Checklists made already keep their items.</source>
        <translation>每行一项。没有自己清单项的岗位使用默认清单。已生成的入职清单保留原有的项。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/onboarding.py" line="149"/>
        <source>Default checklist</source>
        <translation>默认清单</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopteam/ui/people/onboarding.py" line="151"/>
        <source>%1 (%n item(s))</source>
        <translation>
            <numerusform>%1（%n 项）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/onboarding.py" line="153"/>
        <source>%1 (uses the default)</source>
        <translation>%1（使用默认清单）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/onboarding.py" line="192"/>
        <source>The default checklist, for roles without items of their own.</source>
        <translation>默认清单：用于没有自己清单项的岗位。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/onboarding.py" line="194"/>
        <source>The checklist of %1.</source>
        <translation>%1 的入职清单。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/onboarding.py" line="196"/>
        <source>%1 uses the default checklist (shown); edit it to give %1 its own.</source>
        <translation>%1 使用默认清单（如下所示）；修改并保存后即成为 %1 自己的清单。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/onboarding.py" line="212"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>OrgChartPage</name>
    <message>
        <location filename="../../shopteam/ui/org/orgchart.py" line="49"/>
        <source>%n direct reports</source>
        <translation>%n 名直接下属</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/orgchart.py" line="107"/>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/orgchart.py" line="108"/>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/orgchart.py" line="109"/>
        <source>&amp;Fit</source>
        <translation>适合窗口(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/orgchart.py" line="110"/>
        <source>&amp;100%</source>
        <translation>&amp;100%</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/orgchart.py" line="111"/>
        <source>Export as &amp;PNG…</source>
        <translation>导出为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/orgchart.py" line="112"/>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopteam/ui/org/orgchart.py" line="154"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/orgchart.py" line="158"/>
        <source>No staff yet. Set each person&apos;s manager (reports to) in the staff form to build the chart.</source>
        <translation>还没有员工。在员工档案中设置每个人的直属上级，即可生成组织架构图。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/orgchart.py" line="196"/>
        <source>Export org chart</source>
        <translation>导出组织架构图</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/orgchart.py" line="196"/>
        <source>org-chart.png</source>
        <translation>组织架构图.png</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/orgchart.py" line="197"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/orgchart.py" line="202"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/orgchart.py" line="204"/>
        <source>The image could not be saved to %1.</source>
        <translation>无法将图片保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/orgchart.py" line="212"/>
        <location filename="../../shopteam/ui/org/orgchart.py" line="229"/>
        <source>Org chart</source>
        <translation>组织架构图</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/orgchart.py" line="214"/>
        <source>Print org chart</source>
        <translation>打印组织架构图</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/orgchart.py" line="218"/>
        <source>Sent to the printer.</source>
        <translation>已发送到打印机。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/orgchart.py" line="224"/>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/orgchart.py" line="228"/>
        <source>%1 — org chart</source>
        <translation>%1 — 组织架构图</translation>
    </message>
</context>
<context>
    <name>OvertimeDialog</name>
    <message>
        <location filename="../../shopteam/ui/attendance/request_dialogs.py" line="130"/>
        <source>New overtime application</source>
        <translation>新建加班申请</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/request_dialogs.py" line="141"/>
        <source>An end before the start means the next day.</source>
        <translation>结束时间早于开始时间表示次日。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/request_dialogs.py" line="143"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/request_dialogs.py" line="144"/>
        <source>From</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/request_dialogs.py" line="145"/>
        <source>To</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/request_dialogs.py" line="151"/>
        <source>The overtime must end at another time than it starts.</source>
        <translation>加班的结束时间不能与开始时间相同。</translation>
    </message>
</context>
<context>
    <name>PatternDialog</name>
    <message>
        <location filename="../../shopteam/ui/attendance/pattern_dialog.py" line="34"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/pattern_dialog.py" line="34"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/pattern_dialog.py" line="35"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/pattern_dialog.py" line="35"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/pattern_dialog.py" line="36"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/pattern_dialog.py" line="36"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/pattern_dialog.py" line="37"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/pattern_dialog.py" line="172"/>
        <source>Change a work pattern</source>
        <translation>修改班次</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/pattern_dialog.py" line="172"/>
        <source>New work pattern</source>
        <translation>新建班次</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/pattern_dialog.py" line="175"/>
        <source>e.g. Day shift</source>
        <translation>例如：白班</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/pattern_dialog.py" line="187"/>
        <source>Working periods separated by commas; the gaps are breaks. A period ending before it starts (20:00–00:30) runs past midnight.</source>
        <translation>工作时段用逗号分隔，时段之间为休息。结束早于开始的时段（20:00–00:30）跨过零点。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/pattern_dialog.py" line="189"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/pattern_dialog.py" line="190"/>
        <source>Weekdays</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/pattern_dialog.py" line="191"/>
        <source>Working periods</source>
        <translation>工作时段</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/pattern_dialog.py" line="210"/>
        <source>Write the working periods like 09:00–12:00, 13:00–18:00 (20:00–00:30 runs past midnight): “%1” is not one.</source>
        <translation>工作时段请写成 09:00–12:00, 13:00–18:00（20:00–00:30 表示跨过零点）：“%1”不是有效的时段。</translation>
    </message>
</context>
<context>
    <name>PatternsTab</name>
    <message>
        <location filename="../../shopteam/ui/attendance/work_rules.py" line="177"/>
        <source>New pattern…</source>
        <translation>新建班次…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/work_rules.py" line="180"/>
        <source>Change from a date…</source>
        <translation>自某日起修改…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/work_rules.py" line="183"/>
        <source>End from a date…</source>
        <translation>自某日起停用…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/work_rules.py" line="186"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/work_rules.py" line="188"/>
        <source>Only a version not yet in force can be deleted.</source>
        <translation>只能删除尚未生效的版本。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/work_rules.py" line="195"/>
        <source>A person&apos;s own pattern wins over their role&apos;s, which wins over the shop&apos;s. Without any: Monday to Friday, 09:00–12:00 and 13:00–18:00.</source>
        <translation>员工本人的班次优先于岗位班次，岗位班次优先于店铺默认班次。都没有时：周一至周五，09:00–12:00 和 13:00–18:00。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/work_rules.py" line="210"/>
        <source>Everyone else</source>
        <translation>其他所有人</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/work_rules.py" line="211"/>
        <source>Role: %1</source>
        <translation>岗位：%1</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/work_rules.py" line="212"/>
        <source>Person: %1</source>
        <translation>员工：%1</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/work_rules.py" line="213"/>
        <source>from the start</source>
        <translation>一直有效</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/work_rules.py" line="216"/>
        <source>(own pattern ends)</source>
        <translation>（停用自己的班次）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/work_rules.py" line="243"/>
        <source>Saved as a new version; the days before it keep their pattern.</source>
        <translation>已保存为新版本；之前的日子保持原来的班次。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/work_rules.py" line="261"/>
        <source>The version was deleted.</source>
        <translation>该版本已删除。</translation>
    </message>
</context>
<context>
    <name>PayRulesDialog</name>
    <message>
        <location filename="../../shopteam/ui/payout/rules_dialog.py" line="75"/>
        <source>Pay rules</source>
        <translation>薪酬规则</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/rules_dialog.py" line="80"/>
        <source>Workdays per month (daily rate divisor)</source>
        <translation>每月计薪天数（日薪除数）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/rules_dialog.py" line="81"/>
        <source>Hours per day (hourly rate divisor)</source>
        <translation>每日工时（时薪除数）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/rules_dialog.py" line="82"/>
        <source>Overtime multiplier, workday</source>
        <translation>加班倍数：工作日</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/rules_dialog.py" line="83"/>
        <source>Overtime multiplier, rest day</source>
        <translation>加班倍数：休息日</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/rules_dialog.py" line="84"/>
        <source>Overtime multiplier, statutory holiday</source>
        <translation>加班倍数：法定节假日</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/rules_dialog.py" line="85"/>
        <source>Performance bonus base</source>
        <translation>绩效奖金基数</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/rules_dialog.py" line="86"/>
        <source>Free late arrivals per month</source>
        <translation>每月免扣迟到次数</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/rules_dialog.py" line="87"/>
        <source>Deduction per late arrival</source>
        <translation>每次迟到扣款</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/rules_dialog.py" line="88"/>
        <source>Deduction per missing punch</source>
        <translation>每次缺卡扣款</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/rules_dialog.py" line="89"/>
        <source>Deduction per missing-punch correction beyond the free ones (0 = none)</source>
        <translation>超出免费次数的每次补卡扣款（0 = 不扣）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/rules_dialog.py" line="90"/>
        <source>Full-attendance bonus</source>
        <translation>全勤奖</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/rules_dialog.py" line="91"/>
        <source>Flag deductions above this share of the month&apos;s pay (0.20 = 20 %)</source>
        <translation>扣款超过当月工资此比例时标红（0.20 = 20%）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/rules_dialog.py" line="92"/>
        <source>Flag pay below the minimum wage (0 = off)</source>
        <translation>低于最低工资标准时标红（0 = 不检查）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/rules_dialog.py" line="103"/>
        <source>Bonus base × grade coefficient</source>
        <translation>奖金基数 × 等级系数</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/rules_dialog.py" line="104"/>
        <source>Bonus base × final score / 100</source>
        <translation>奖金基数 × 最终得分 / 100</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/rules_dialog.py" line="106"/>
        <source>Performance bonus mode</source>
        <translation>绩效奖金方式</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/rules_dialog.py" line="109"/>
        <source>Progressive (each slice at its own rate)</source>
        <translation>超额累进（各段按各自比例）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/rules_dialog.py" line="110"/>
        <source>Whole amount (all sales at the reached rate)</source>
        <translation>全额累进（全部销售额按达到的比例）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/rules_dialog.py" line="114"/>
        <source>Each tier applies from its sales threshold (inclusive) at its rate.</source>
        <translation>每个档位从其销售额起点（含）起按其比例计提成。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/rules_dialog.py" line="145"/>
        <source>Withholding</source>
        <translation>代扣代缴</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/rules_dialog.py" line="156"/>
        <source>Withhold social insurance, housing fund and income tax: payslips show net pay</source>
        <translation>代扣社保、公积金和个人所得税：工资条显示实发合计</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/rules_dialog.py" line="161"/>
        <source>Pension insurance, employee&apos;s share (%)</source>
        <translation>养老保险个人缴费比例（%）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/rules_dialog.py" line="162"/>
        <source>Medical insurance, employee&apos;s share (%)</source>
        <translation>医疗保险个人缴费比例（%）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/rules_dialog.py" line="163"/>
        <source>Unemployment insurance, employee&apos;s share (%)</source>
        <translation>失业保险个人缴费比例（%）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/rules_dialog.py" line="164"/>
        <source>Housing fund, employee&apos;s share (%)</source>
        <translation>住房公积金个人缴存比例（%）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/rules_dialog.py" line="187"/>
        <source>Each person&apos;s contribution bases and special additional deductions are set in their staff record. Income tax is withheld by the cumulative method, with the year to date taken from the approved payouts of the year.</source>
        <translation>每位员工的缴费基数和专项附加扣除在员工档案中填写。个人所得税按累计预扣法预扣，本年累计数取自本年已批准的奖金核算。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/rules_dialog.py" line="401"/>
        <source>%1: correct the marked cells first.</source>
        <translation>%1：请先改正标出的单元格。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/rules_dialog.py" line="116"/>
        <source>Commission mode</source>
        <translation>提成方式</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/rules_dialog.py" line="117"/>
        <location filename="../../shopteam/ui/payout/rules_dialog.py" line="136"/>
        <source>Commission tiers</source>
        <translation>提成档位</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/rules_dialog.py" line="118"/>
        <source>Pay all recorded overtime, not only approved applications</source>
        <translation>按全部记录的加班计薪，而不仅是已批准的加班申请</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/rules_dialog.py" line="122"/>
        <source>Full-attendance bonus also for someone who joined or left during the month</source>
        <translation>月中入职或离职者也可获全勤奖</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/rules_dialog.py" line="142"/>
        <source>Shop rules</source>
        <translation>全店规则</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/rules_dialog.py" line="143"/>
        <source>Overrides</source>
        <translation>单独规则</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/rules_dialog.py" line="211"/>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/rules_dialog.py" line="211"/>
        <source>Person</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/rules_dialog.py" line="219"/>
        <location filename="../../shopteam/ui/payout/rules_dialog.py" line="253"/>
        <source>Applies to</source>
        <translation>适用于</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/rules_dialog.py" line="219"/>
        <location filename="../../shopteam/ui/payout/rules_dialog.py" line="254"/>
        <source>Who</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/rules_dialog.py" line="219"/>
        <location filename="../../shopteam/ui/payout/rules_dialog.py" line="255"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/rules_dialog.py" line="219"/>
        <location filename="../../shopteam/ui/payout/rules_dialog.py" line="256"/>
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/rules_dialog.py" line="236"/>
        <source>Add override</source>
        <translation>添加单独规则</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/rules_dialog.py" line="238"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/rules_dialog.py" line="261"/>
        <source>A person&apos;s rule is their own override, else their primary role&apos;s, else the shop&apos;s. Overrides are saved at once.</source>
        <translation>员工的规则：先看本人的单独规则，其次是其主岗位的，最后是全店规则。单独规则立即保存。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/rules_dialog.py" line="281"/>
        <source>Shop: %1</source>
        <translation>全店：%1</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/rules_dialog.py" line="323"/>
        <source>Choose whom the override is for.</source>
        <translation>请选择该单独规则适用的对象。</translation>
    </message>
</context>
<context>
    <name>PayoutModel</name>
    <message>
        <location filename="../../shopteam/ui/payout/model.py" line="32"/>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/model.py" line="32"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/model.py" line="33"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/model.py" line="33"/>
        <source>Base salary</source>
        <translation>基本工资</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/model.py" line="34"/>
        <source>Overtime pay</source>
        <translation>加班费</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/model.py" line="34"/>
        <source>Performance bonus</source>
        <translation>绩效奖金</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/model.py" line="35"/>
        <source>Commission</source>
        <translation>提成</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/model.py" line="35"/>
        <source>Attendance deduction</source>
        <translation>考勤扣款</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/model.py" line="36"/>
        <source>Full-attendance bonus</source>
        <translation>全勤奖</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/model.py" line="36"/>
        <source>Rewards</source>
        <translation>奖励</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/model.py" line="37"/>
        <source>Year-end bonus</source>
        <translation>年终奖</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/model.py" line="37"/>
        <source>Team bonus</source>
        <translation>团队奖金</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/model.py" line="38"/>
        <source>Penalties</source>
        <translation>处罚</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/model.py" line="38"/>
        <source>Gross pay</source>
        <translation>应发合计</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/model.py" line="40"/>
        <source>Withheld</source>
        <translation>代扣合计</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/model.py" line="40"/>
        <source>Net pay</source>
        <translation>实发合计</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/model.py" line="106"/>
        <source>Department total</source>
        <translation>本部门合计</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/model.py" line="107"/>
        <source>Shop total</source>
        <translation>全店合计</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/model.py" line="108"/>
        <source>Total of the people shown</source>
        <translation>可见人员合计</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/model.py" line="113"/>
        <source>%n person(s)</source>
        <translation>%n 人</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/model.py" line="151"/>
        <source>Click to see how this figure was computed</source>
        <translation>点击查看此数字的计算方法</translation>
    </message>
</context>
<context>
    <name>PayoutPage</name>
    <message>
        <location filename="../../shopteam/ui/payout/page.py" line="73"/>
        <location filename="../../shopteam/ui/payout/page.py" line="207"/>
        <source>Compute</source>
        <translation>核算</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/page.py" line="76"/>
        <source>Approve and lock</source>
        <translation>批准并锁定</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/page.py" line="79"/>
        <source>Reopen…</source>
        <translation>重新开启…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/page.py" line="84"/>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/page.py" line="87"/>
        <source>Payslips (Excel)…</source>
        <translation>工资条（Excel）…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/page.py" line="90"/>
        <source>Payslips (PDF)…</source>
        <translation>工资条（PDF）…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/page.py" line="93"/>
        <source>Year-end bonus…</source>
        <translation>年终奖…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/page.py" line="97"/>
        <source>Team bonus pool…</source>
        <translation>团队奖金池…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/page.py" line="107"/>
        <source>Pay rules…</source>
        <translation>薪酬规则…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/page.py" line="128"/>
        <source>Click a figure to see how it was computed.</source>
        <translation>点击数字可查看其计算方法。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/page.py" line="135"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/page.py" line="218"/>
        <source>No payout has been computed for %1 yet.</source>
        <translation>%1 尚未进行奖金核算。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/page.py" line="192"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/page.py" line="102"/>
        <source>Cost and sales chart…</source>
        <translation>成本与销售额图表…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/page.py" line="192"/>
        <source>Approved — locked</source>
        <translation>已批准 — 已锁定</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/page.py" line="193"/>
        <source>Reopened</source>
        <translation>已重新开启</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/page.py" line="195"/>
        <source>Not computed</source>
        <translation>未核算</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/page.py" line="199"/>
        <source>approved by %1</source>
        <translation>由 %1 批准</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/page.py" line="201"/>
        <source>Estimate (%1)</source>
        <translation>预估（%1）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/page.py" line="207"/>
        <source>Recompute</source>
        <translation>重新核算</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/page.py" line="220"/>
        <source>Estimate: computed before %1 ended, it counts the days up to then and cannot be approved. Compute it again after the month has ended.</source>
        <translation>预估：在 %1 结束前核算，只计入截至当时的天数，不能批准。请在月份结束后重新核算。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopteam/ui/payout/page.py" line="224"/>
        <source>%n line(s) in red need a second look before approval (hover for the reason).</source>
        <translation>
            <numerusform>红色的 %n 行需要在批准前复核（鼠标悬停查看原因）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/page.py" line="268"/>
        <source>Hidden: you may not see this salary.</source>
        <translation>已隐藏：您无权查看此薪资。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopteam/ui/payout/page.py" line="294"/>
        <source>Computed for %n person(s).</source>
        <translation>
            <numerusform>已为 %n 人完成核算。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/page.py" line="316"/>
        <source>The payout is approved and locked.</source>
        <translation>奖金核算已批准并锁定。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/page.py" line="319"/>
        <source>Reopen the payout</source>
        <translation>重新开启奖金核算</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/page.py" line="320"/>
        <source>Why is the approved payout reopened?</source>
        <translation>为什么要重新开启已批准的奖金核算？</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/page.py" line="327"/>
        <source>The payout is reopened; recompute it after correcting the data.</source>
        <translation>奖金核算已重新开启；请更正数据后重新核算。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/page.py" line="340"/>
        <source>Writing…</source>
        <translation>正在写入…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/page.py" line="347"/>
        <source>payslips-%1.xlsx</source>
        <translation>工资条-%1.xlsx</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/page.py" line="347"/>
        <source>payout-%1.xlsx</source>
        <translation>奖金核算-%1.xlsx</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/page.py" line="349"/>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/page.py" line="349"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/page.py" line="357"/>
        <source>Payslips as PDF</source>
        <translation>工资条 PDF</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/page.py" line="357"/>
        <source>payslips-%1.pdf</source>
        <translation>工资条-%1.pdf</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/page.py" line="358"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/page.py" line="370"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/page.py" line="388"/>
        <source>Payout cost against sales</source>
        <translation>薪酬成本与销售额</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/page.py" line="397"/>
        <source>The pay rules are saved; recompute the payout to apply them.</source>
        <translation>薪酬规则已保存；请重新核算以应用新规则。</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../shopteam/ui/training/dialogs.py" line="74"/>
        <source>New training plan</source>
        <translation>新建培训计划</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/dialogs.py" line="75"/>
        <source>Edit training plan: %1</source>
        <translation>修改培训计划：%1</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/dialogs.py" line="80"/>
        <source>Whole year</source>
        <translation>全年</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/dialogs.py" line="82"/>
        <source>Quarter %1</source>
        <translation>第 %1 季度</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/dialogs.py" line="85"/>
        <source>for example: customer service, operations</source>
        <translation>例如：客服专员、运营专员</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/dialogs.py" line="88"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/dialogs.py" line="89"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/dialogs.py" line="90"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/dialogs.py" line="91"/>
        <source>For roles</source>
        <translation>适用岗位</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/dialogs.py" line="92"/>
        <source>Planned hours</source>
        <translation>计划学时</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/dialogs.py" line="93"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>PoolDialog</name>
    <message>
        <location filename="../../shopteam/ui/payout/pool_dialog.py" line="58"/>
        <source>Team bonus pool</source>
        <translation>团队奖金池</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/pool_dialog.py" line="58"/>
        <source>Year-end bonus</source>
        <translation>年终奖</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/pool_dialog.py" line="69"/>
        <source>Whole shop</source>
        <translation>全店</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/pool_dialog.py" line="77"/>
        <source>Split</source>
        <translation>分配</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/pool_dialog.py" line="78"/>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/pool_dialog.py" line="79"/>
        <source>Approve and lock</source>
        <translation>批准并锁定</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/pool_dialog.py" line="80"/>
        <source>Reopen…</source>
        <translation>重新开启…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/pool_dialog.py" line="81"/>
        <source>Delete draft</source>
        <translation>删除草稿</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/pool_dialog.py" line="82"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/pool_dialog.py" line="86"/>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/pool_dialog.py" line="86"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/pool_dialog.py" line="86"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/pool_dialog.py" line="87"/>
        <source>Final score</source>
        <translation>最终得分</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/pool_dialog.py" line="87"/>
        <source>Annual grade</source>
        <translation>年度考核等级</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/pool_dialog.py" line="88"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/pool_dialog.py" line="88"/>
        <source>Months worked</source>
        <translation>在职月数</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/pool_dialog.py" line="88"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/pool_dialog.py" line="88"/>
        <source>How</source>
        <translation>计算方法</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/pool_dialog.py" line="99"/>
        <source>Saved pools</source>
        <translation>已保存的奖金池</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/pool_dialog.py" line="104"/>
        <source>Month of the scores</source>
        <translation>考核月份</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/pool_dialog.py" line="108"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/pool_dialog.py" line="110"/>
        <source>Pool</source>
        <translation>奖金池</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/pool_dialog.py" line="112"/>
        <source>Paid with the payout of</source>
        <translation>随此月奖金核算发放</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/pool_dialog.py" line="141"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/pool_dialog.py" line="141"/>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/pool_dialog.py" line="143"/>
        <source>(new pool)</source>
        <translation>（新奖金池）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/pool_dialog.py" line="183"/>
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/pool_dialog.py" line="183"/>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/pool_dialog.py" line="183"/>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/pool_dialog.py" line="184"/>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopteam/ui/payout/pool_dialog.py" line="196"/>
        <source>%n person(s), %1 in all.</source>
        <translation>
            <numerusform>共 %n 人，合计 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/pool_dialog.py" line="202"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/pool_dialog.py" line="204"/>
        <source>Approved — paid with the payout of %1</source>
        <translation>已批准 — 随 %1 的奖金核算发放</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/pool_dialog.py" line="206"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/pool_dialog.py" line="258"/>
        <source>Saved as a draft.</source>
        <translation>已保存为草稿。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/pool_dialog.py" line="262"/>
        <source>Approved: paid with the payout of %1 when it is next computed.</source>
        <translation>已批准：下次核算 %1 的奖金时发放。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/pool_dialog.py" line="266"/>
        <source>Reopen the bonus pool</source>
        <translation>重新开启奖金池</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/pool_dialog.py" line="267"/>
        <source>Why is the approved bonus pool reopened?</source>
        <translation>为什么要重新开启已批准的奖金池？</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/pool_dialog.py" line="272"/>
        <source>The bonus pool is a draft again.</source>
        <translation>奖金池已退回草稿。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/pool_dialog.py" line="286"/>
        <source>The draft is deleted.</source>
        <translation>草稿已删除。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/pool_dialog.py" line="289"/>
        <source>bonus-pool-%1.xlsx</source>
        <translation>奖金池-%1.xlsx</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/pool_dialog.py" line="290"/>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/pool_dialog.py" line="291"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/pool_dialog.py" line="302"/>
        <source>Writing…</source>
        <translation>正在写入…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/payout/pool_dialog.py" line="313"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>PositionDialog</name>
    <message>
        <location filename="../../shopteam/ui/people/dialogs.py" line="115"/>
        <source>Open a position</source>
        <translation>开放招聘职位</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/dialogs.py" line="124"/>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/dialogs.py" line="125"/>
        <source>Headcount</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/dialogs.py" line="126"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/dialogs.py" line="127"/>
        <source>Wanted by</source>
        <translation>期望到岗日期</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../shopteam/ui/imports/preview_model.py" line="128"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/preview_model.py" line="130"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/preview_model.py" line="132"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../shopteam/ui/imports/result_pages.py" line="56"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/result_pages.py" line="57"/>
        <source>Every row of the file with what will happen to it. Rejected rows are not imported; you can save them with the reasons after the import.</source>
        <translation>文件的每一行及其处理方式。有问题的行不会导入；导入后可以将它们连同原因一起保存下来。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/result_pages.py" line="61"/>
        <source>Only rows with problems</source>
        <translation>只显示有问题的行</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/result_pages.py" line="65"/>
        <source>Rows whose employee no. is not on the roster go to the person with the same name, where only one person on the roster has it.</source>
        <translation>工号不在花名册上的行，按姓名匹配到花名册上唯一同名的员工。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/result_pages.py" line="106"/>
        <source>%1 new · %2 already imported · %3 rejected</source>
        <translation>新增 %1 · 已导入过 %2 · 无法导入 %3</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/result_pages.py" line="110"/>
        <source> · %1 matched by name</source>
        <translation> · %1 行按姓名匹配</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/result_pages.py" line="112"/>
        <source>Match by name (1 row)</source>
        <translation>按姓名匹配（1 行）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/result_pages.py" line="113"/>
        <source>Match by name (%1 rows)</source>
        <translation>按姓名匹配（%1 行）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/result_pages.py" line="118"/>
        <source>No row can be imported. Check the columns or the file; Next lets you save the rejected rows with the reasons.</source>
        <translation>没有可以导入的行。请检查列的对应关系或文件；点“下一步”可以将无法导入的行连同原因一起保存下来。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/result_pages.py" line="138"/>
        <source>Checking the rows…</source>
        <translation>正在检查各行…</translation>
    </message>
</context>
<context>
    <name>ProbationReviewDialog</name>
    <message>
        <location filename="../../shopteam/ui/people/review_dialog.py" line="73"/>
        <source>Probation review: %1</source>
        <translation>转正评估：%1</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/review_dialog.py" line="197"/>
        <source>Confirm (end probation) from</source>
        <translation>转正，自</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/review_dialog.py" line="198"/>
        <source>Extend probation to</source>
        <translation>延长试用期至</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/review_dialog.py" line="199"/>
        <source>End employment on</source>
        <translation>结束雇佣，于</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/review_dialog.py" line="77"/>
        <source>Person</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/review_dialog.py" line="48"/>
        <source>Confirm (转正)</source>
        <translation>转正</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/review_dialog.py" line="49"/>
        <source>Extend the probation</source>
        <translation>延长试用</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/review_dialog.py" line="50"/>
        <source>Do not keep (不予录用)</source>
        <translation>不予录用</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/review_dialog.py" line="57"/>
        <source>Recommended: %1 · %2</source>
        <translation>上级建议：%1 · %2 分</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/review_dialog.py" line="60"/>
        <source>Decided: %1 (recommended: %2)</source>
        <translation>已决定：%1（上级建议：%2）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/review_dialog.py" line="78"/>
        <source>Probation ends</source>
        <translation>试用期至</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/review_dialog.py" line="87"/>
        <source>&amp;Decide</source>
        <translation>决定(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/review_dialog.py" line="100"/>
        <source>Supervisor&apos;s assessment: %1</source>
        <translation>上级评分与建议：%1</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/review_dialog.py" line="102"/>
        <source>Group</source>
        <translation>维度</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/review_dialog.py" line="102"/>
        <source>Indicator</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/review_dialog.py" line="102"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/review_dialog.py" line="103"/>
        <source>Score (0–100)</source>
        <translation>上级评分（0–100）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/review_dialog.py" line="131"/>
        <source>Required unless recommending confirmation</source>
        <translation>建议延长试用或不予录用时必填</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/review_dialog.py" line="132"/>
        <source>&amp;Save recommendation</source>
        <translation>保存建议(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/review_dialog.py" line="137"/>
        <source>Weighted total</source>
        <translation>加权总分</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/review_dialog.py" line="138"/>
        <source>Supervisor</source>
        <translation>评估人（上级）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/review_dialog.py" line="139"/>
        <source>Recommendation</source>
        <translation>上级建议</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/review_dialog.py" line="140"/>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopteam/ui/people/review_dialog.py" line="161"/>
        <source>— (%n indicator(s) still to score)</source>
        <translation>
            <numerusform>—（还有 %n 项指标未评分）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/review_dialog.py" line="167"/>
        <source>No recommendation yet.</source>
        <translation>尚无上级建议。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/review_dialog.py" line="176"/>
        <source>%1 recommended %2 (%3) on %4; the decision may differ.</source>
        <translation>%1 于 %4 建议：%2（%3 分）；最终决定可与建议不同。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/review_dialog.py" line="195"/>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/review_dialog.py" line="205"/>
        <source>Outcome</source>
        <translation>评估结果</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/review_dialog.py" line="206"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/review_dialog.py" line="207"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../shopteam/smoke.py" line="88"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Recruitment</name>
    <message>
        <location filename="../../shopteam/ui/people/dialogs.py" line="34"/>
        <source>Screening</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/dialogs.py" line="35"/>
        <source>First interview</source>
        <translation>初试</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/dialogs.py" line="36"/>
        <source>Second interview</source>
        <translation>复试</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/dialogs.py" line="37"/>
        <source>Offer</source>
        <translation>录用</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/dialogs.py" line="38"/>
        <source>Hired</source>
        <translation>入职</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/dialogs.py" line="39"/>
        <source>Rejected</source>
        <translation>淘汰</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/dialogs.py" line="45"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/dialogs.py" line="46"/>
        <source>Ends soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/dialogs.py" line="47"/>
        <source>Extended</source>
        <translation>已延长</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/dialogs.py" line="48"/>
        <source>Pending</source>
        <translation>待评估</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/dialogs.py" line="49"/>
        <source>No end date</source>
        <translation>无结束日期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/dialogs.py" line="102"/>
        <source>Enter an amount such as 5000 or 5000.50.</source>
        <translation>请输入金额，例如 5000 或 5000.50。</translation>
    </message>
</context>
<context>
    <name>RecruitmentPage</name>
    <message>
        <location filename="../../shopteam/ui/people/page.py" line="67"/>
        <location filename="../../shopteam/ui/people/page.py" line="72"/>
        <source>Recruitment</source>
        <translation>招聘</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/page.py" line="70"/>
        <source>Probation</source>
        <translation>试用期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/page.py" line="72"/>
        <source>Recruitment is for the owner and managers.</source>
        <translation>招聘仅供店主和经理使用。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/page.py" line="78"/>
        <location filename="../../shopteam/ui/people/page.py" line="398"/>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/page.py" line="79"/>
        <location filename="../../shopteam/ui/people/page.py" line="397"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/page.py" line="80"/>
        <source>Hired</source>
        <translation>已入职</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/page.py" line="82"/>
        <source>Candidates</source>
        <translation>候选人</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/page.py" line="84"/>
        <source>Wanted by</source>
        <translation>期望到岗</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/page.py" line="86"/>
        <location filename="../../shopteam/ui/people/page.py" line="406"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/page.py" line="86"/>
        <source>Open</source>
        <translation>招聘中</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/page.py" line="86"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/page.py" line="93"/>
        <source>&amp;Open position…</source>
        <translation>开放职位(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/page.py" line="94"/>
        <source>&amp;Close position</source>
        <translation>关闭职位(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/page.py" line="97"/>
        <source>&amp;Import candidates…</source>
        <translation>导入候选人(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/page.py" line="99"/>
        <source>E&amp;xport candidates…</source>
        <translation>导出候选人(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/page.py" line="106"/>
        <source>Positions</source>
        <translation>招聘职位</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/page.py" line="130"/>
        <source>&amp;Add candidate…</source>
        <translation>添加候选人(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/page.py" line="134"/>
        <source>&amp;Move</source>
        <translation>移动(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/page.py" line="135"/>
        <source>&amp;Score…</source>
        <translation>评分(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/page.py" line="136"/>
        <source>&amp;Turn down…</source>
        <translation>淘汰(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/page.py" line="137"/>
        <source>&amp;Hire…</source>
        <translation>录用入职(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/page.py" line="156"/>
        <source>Move to</source>
        <translation>移到</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/page.py" line="228"/>
        <source>applied %1</source>
        <translation>%1 投递</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/page.py" line="230"/>
        <source>average score %1</source>
        <translation>平均分 %1</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/page.py" line="247"/>
        <source>%1: %2 candidate(s), %3 hired, average %4 days to hire</source>
        <translation>%1：候选人 %2 名，入职 %3 名，平均 %4 天入职</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/page.py" line="248"/>
        <location filename="../../shopteam/ui/people/page.py" line="280"/>
        <source>(no source)</source>
        <translation>（无来源）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/page.py" line="251"/>
        <source>All positions by source:</source>
        <translation>全部职位按来源：</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/page.py" line="279"/>
        <source>%1 %2 (%3 hired)</source>
        <translation>%1 %2 人（入职 %3 人）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/page.py" line="279"/>
        <source>%1 %2</source>
        <translation>%1 %2 人</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/page.py" line="282"/>
        <source>Time to hire: nobody hired yet</source>
        <translation>招聘周期：尚无人入职</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopteam/ui/people/page.py" line="284"/>
        <source>Time to hire: %1 days on average over %n hire(s)</source>
        <translation>
            <numerusform>招聘周期：%n 人入职，平均 %1 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopteam/ui/people/page.py" line="286"/>
        <source>%1: %n candidate(s)</source>
        <translation>
            <numerusform>%1：候选人 %n 名</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/page.py" line="287"/>
        <source>Per stage: %1</source>
        <translation>各阶段：%1</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/page.py" line="289"/>
        <source>Per source: %1</source>
        <translation>各来源：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopteam/ui/people/page.py" line="352"/>
        <source>%n candidate(s) imported.</source>
        <translation>
            <numerusform>导入了 %n 名候选人。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/page.py" line="357"/>
        <source>Export the candidates to Excel</source>
        <translation>将候选人导出到 Excel</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/page.py" line="358"/>
        <source>candidates.xlsx</source>
        <translation>候选人.xlsx</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/page.py" line="358"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/page.py" line="377"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopteam/ui/people/page.py" line="383"/>
        <source>%n candidate(s) exported to %1.</source>
        <translation>
            <numerusform>已将 %n 名候选人导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/page.py" line="386"/>
        <source>Exporting the candidates…</source>
        <translation>正在导出候选人…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/page.py" line="395"/>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/page.py" line="396"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/page.py" line="399"/>
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/page.py" line="400"/>
        <source>Probation ends</source>
        <translation>试用期至</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/page.py" line="402"/>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/page.py" line="404"/>
        <source>Onboarding</source>
        <translation>入职清单</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/page.py" line="407"/>
        <source>Review</source>
        <translation>转正评估</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/page.py" line="411"/>
        <source>&amp;Review probation…</source>
        <translation>转正评估(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/page.py" line="413"/>
        <source>O&amp;nboarding checklist…</source>
        <translation>入职清单(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/page.py" line="416"/>
        <source>Checklist &amp;templates…</source>
        <translation>清单模板(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/page.py" line="437"/>
        <source>%1 on probation; %2 ending within 14 days or overdue</source>
        <translation>试用期 %1 人，其中 %2 人 14 天内到期或已逾期</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopteam/ui/people/page.py" line="441"/>
        <source>; %n onboarding item(s) open</source>
        <translation>
            <numerusform>；入职清单未完成 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <location filename="../../shopteam/ui/people/dialogs.py" line="189"/>
        <source>Turn down %1</source>
        <translation>淘汰 %1</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/dialogs.py" line="192"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <location filename="../../shopteam/ui/attendance/requests_model.py" line="20"/>
        <source>Request</source>
        <translation>申请</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/requests_model.py" line="21"/>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/requests_model.py" line="22"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/requests_model.py" line="23"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/requests_model.py" line="24"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/requests_model.py" line="25"/>
        <source>Hours</source>
        <translation>小时数</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/requests_model.py" line="26"/>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/requests_model.py" line="27"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/requests_model.py" line="28"/>
        <source>Decided by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/requests_model.py" line="29"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/requests_model.py" line="126"/>
        <source>clock-in %1</source>
        <translation>上班 %1</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/requests_model.py" line="128"/>
        <source>clock-out %1</source>
        <translation>下班 %1</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../shopteam/ui/attendance/requests.py" line="49"/>
        <source>Waiting for a decision</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/requests.py" line="49"/>
        <source>Decided</source>
        <translation>已审批</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/requests.py" line="49"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/requests.py" line="55"/>
        <source>Leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/requests.py" line="55"/>
        <source>Overtime</source>
        <translation>加班</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/requests.py" line="55"/>
        <source>All requests</source>
        <translation>全部申请</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/requests.py" line="55"/>
        <source>Missing-punch corrections</source>
        <translation>补卡申请</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/requests.py" line="59"/>
        <source>New leave request…</source>
        <translation>新建请假申请…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/requests.py" line="62"/>
        <source>New overtime application…</source>
        <translation>新建加班申请…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/requests.py" line="65"/>
        <source>New missing-punch correction…</source>
        <translation>新建补卡申请…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/requests.py" line="88"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/requests.py" line="164"/>
        <source>Approved: %1.</source>
        <translation>已批准：%1。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/requests.py" line="165"/>
        <source>Rejected: %1.</source>
        <translation>已驳回：%1。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/requests.py" line="185"/>
        <source>The request was filed and waits for a decision.</source>
        <translation>申请已提交，等待审批。</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../shopteam/ui/accounts/reset_dialog.py" line="18"/>
        <source>Reset password of {name}</source>
        <translation>重置 {name} 的密码</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/reset_dialog.py" line="27"/>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/reset_dialog.py" line="28"/>
        <source>Repeat password:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/reset_dialog.py" line="31"/>
        <source>Set password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/reset_dialog.py" line="35"/>
        <source>Tell {name} the new password; they can change it afterwards.</source>
        <translation>请把新密码告诉 {name}，对方之后可以自行修改。</translation>
    </message>
</context>
<context>
    <name>ResultsDialog</name>
    <message>
        <location filename="../../shopteam/ui/training/dialogs.py" line="249"/>
        <source>Rewards and penalties: %1, %2</source>
        <translation>按结果记奖惩：%1，%2</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/dialogs.py" line="255"/>
        <source>Passed: %1 · not passed: %2 · already in the ledger: %3</source>
        <translation>通过：%1 人 · 未通过：%2 人 · 已记入奖惩：%3 人</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/dialogs.py" line="259"/>
        <source>yuan, e.g. 50</source>
        <translation>元，例如 50</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/dialogs.py" line="261"/>
        <source>appraisal points, e.g. 2</source>
        <translation>考核加分，例如 2</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/dialogs.py" line="263"/>
        <source>yuan, e.g. 20</source>
        <translation>元，例如 20</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/dialogs.py" line="265"/>
        <source>points taken off, e.g. 1</source>
        <translation>扣分，例如 1</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/dialogs.py" line="270"/>
        <source>Passed: reward (yuan)</source>
        <translation>通过：奖励（元）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/dialogs.py" line="271"/>
        <source>Passed: points</source>
        <translation>通过：加分</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/dialogs.py" line="272"/>
        <source>Not passed: penalty (yuan)</source>
        <translation>未通过：罚款（元）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/dialogs.py" line="273"/>
        <source>Not passed: points off</source>
        <translation>未通过：扣分</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/dialogs.py" line="274"/>
        <source>Entry date</source>
        <translation>记录日期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/dialogs.py" line="275"/>
        <source>Each attendee&apos;s result goes into the reward/penalty ledger once; attendees without passed / not passed are left out.</source>
        <translation>每位出席者的结果只记入奖惩记录一次；未填写“通过 / 未通过”的人不计入。</translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <location filename="../../shopteam/ui/appraisal/review.py" line="55"/>
        <source>Indicators</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/review.py" line="65"/>
        <location filename="../../shopteam/ui/appraisal/review.py" line="157"/>
        <source>Supervisor&apos;s comment</source>
        <translation>上级评语</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/review.py" line="68"/>
        <source>Interview notes</source>
        <translation>绩效面谈记录</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/review.py" line="69"/>
        <source>Improvement plan</source>
        <translation>改进计划</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/review.py" line="83"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/review.py" line="85"/>
        <source>Save and submit</source>
        <translation>保存并提交</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/review.py" line="90"/>
        <source>Final score:</source>
        <translation>最终得分：</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/review.py" line="93"/>
        <source>Grade:</source>
        <translation>考核等级：</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/review.py" line="96"/>
        <source>Score trend…</source>
        <translation>得分趋势…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/review.py" line="98"/>
        <source>This person&apos;s score over the last 12 months</source>
        <translation>此员工近 12 个月的得分</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/review.py" line="119"/>
        <source>Choose a person.</source>
        <translation>请选择员工。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/review.py" line="153"/>
        <source>%1 (%2) · %3 · %4</source>
        <translation>%1（%2）· %3 · %4</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/review.py" line="157"/>
        <source>My comment</source>
        <translation>我的说明</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/review.py" line="168"/>
        <source>This appraisal is finalised and locked; only the owner can reopen it.</source>
        <translation>此绩效考核已定稿并锁定；只有店主可以重新开启。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/review.py" line="174"/>
        <source>Indicator</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/review.py" line="174"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/review.py" line="174"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/review.py" line="174"/>
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/review.py" line="174"/>
        <source>Self</source>
        <translation>自评</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/review.py" line="175"/>
        <source>Supervisor</source>
        <translation>上级评分</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/review.py" line="175"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/review.py" line="175"/>
        <source>Weighted</source>
        <translation>加权得分</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/review.py" line="228"/>
        <source>not complete</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/review.py" line="278"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>RoleForm</name>
    <message>
        <location filename="../../shopteam/ui/org/role_form.py" line="43"/>
        <source>yuan per month</source>
        <translation>元/月</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/role_form.py" line="61"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/role_form.py" line="62"/>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/role_form.py" line="63"/>
        <source>Salary band:</source>
        <translation>薪资范围：</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/role_form.py" line="66"/>
        <source>D&amp;uties:</source>
        <translation>岗位职责(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/role_form.py" line="67"/>
        <source>Decision &amp;rights:</source>
        <translation>权限(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/role_form.py" line="68"/>
        <source>Held by:</source>
        <translation>任职人员：</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/role_form.py" line="70"/>
        <location filename="../../shopteam/ui/org/role_form.py" line="118"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/role_form.py" line="71"/>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/role_form.py" line="91"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/role_form.py" line="106"/>
        <source>Choose a role to see its duties and decision rights.</source>
        <translation>选择一个岗位查看其职责和决策权限。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/role_form.py" line="108"/>
        <source>New role</source>
        <translation>新岗位</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopteam/ui/org/role_form.py" line="117"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/role_form.py" line="118"/>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <location filename="../../shopteam/ui/org/roles.py" line="48"/>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/roles.py" line="48"/>
        <source>%1 (archived)</source>
        <translation>%1（已归档）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/roles.py" line="50"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/roles.py" line="51"/>
        <source>Salary band</source>
        <translation>薪资范围</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/roles.py" line="52"/>
        <source>Held by</source>
        <translation>任职人数</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/roles.py" line="71"/>
        <source>&amp;New role</source>
        <translation>新建岗位(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/roles.py" line="72"/>
        <location filename="../../shopteam/ui/org/roles.py" line="148"/>
        <source>A&amp;rchive</source>
        <translation>归档(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/roles.py" line="73"/>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/roles.py" line="97"/>
        <source>Role details</source>
        <translation>岗位详情</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/roles.py" line="99"/>
        <source>Role history (assignments)</source>
        <translation>任职历史</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/roles.py" line="148"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <location filename="../../shopteam/ui/roster/model.py" line="38"/>
        <source>Probation</source>
        <translation>试用期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/model.py" line="40"/>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/model.py" line="42"/>
        <source>Left</source>
        <translation>离职</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/model.py" line="48"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/model.py" line="50"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../../shopteam/ui/roster/page.py" line="72"/>
        <source>New</source>
        <extracomment>People listed at once when the page opens; a bigger roster&apos;s rest is loaded right after, off the GUI thread.</extracomment>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/page.py" line="73"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/page.py" line="74"/>
        <source>Mark as left</source>
        <translation>办理离职</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/page.py" line="75"/>
        <source>Rejoin</source>
        <translation>重新入职</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/page.py" line="76"/>
        <source>Handover…</source>
        <translation>离职交接…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/page.py" line="77"/>
        <source>Onboarding…</source>
        <translation>入职清单…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/page.py" line="78"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/page.py" line="80"/>
        <location filename="../../shopteam/ui/roster/page.py" line="380"/>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/page.py" line="81"/>
        <source>Headcount chart…</source>
        <translation>人数图表…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/page.py" line="88"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/page.py" line="92"/>
        <source>Filter by no., name, department, role or phone</source>
        <translation>按工号、姓名、部门、岗位或电话筛选</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/page.py" line="97"/>
        <source>Current staff (not left)</source>
        <translation>现有员工（未离职）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/page.py" line="97"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/page.py" line="98"/>
        <source>Probation</source>
        <translation>试用期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/page.py" line="98"/>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/page.py" line="98"/>
        <source>Left</source>
        <translation>离职</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/page.py" line="146"/>
        <source>Headcount by department</source>
        <translation>各部门人数</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/page.py" line="181"/>
        <source>Only the first %1 people could be loaded: %2</source>
        <translation>只载入了前 %1 人：%2</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/page.py" line="183"/>
        <source>%1 shown, the list is incomplete</source>
        <translation>已显示 %1 人，名单不完整</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/page.py" line="215"/>
        <source>%1 shown, loading the rest…</source>
        <translation>已显示 %1 人，其余正在载入…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/page.py" line="217"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/page.py" line="273"/>
        <source>%1 was added.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/page.py" line="274"/>
        <source>%1 was saved.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopteam/ui/roster/page.py" line="320"/>
        <source>%n people marked as left.</source>
        <translation>
            <numerusform>已为 %n 人办理离职。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopteam/ui/roster/page.py" line="334"/>
        <source>%n people are back on the roster.</source>
        <translation>
            <numerusform>%n 人已重新回到花名册。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/page.py" line="353"/>
        <location filename="../../shopteam/ui/roster/page.py" line="369"/>
        <source>Cannot delete</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/page.py" line="354"/>
        <source>%1 already have history (roles, attendance, tasks, appraisals, pay …) and cannot be deleted. Mark them as left instead.</source>
        <translation>%1 已有历史记录（任职、考勤、任务、考核、薪酬等），不能删除。请改为办理离职。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/page.py" line="360"/>
        <source>Delete staff records</source>
        <translation>删除员工档案</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopteam/ui/roster/page.py" line="361"/>
        <source>Delete %n record(s) for good: %1?</source>
        <translation>
            <numerusform>永久删除 %n 条档案：%1？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopteam/ui/roster/page.py" line="372"/>
        <source>%n record(s) deleted.</source>
        <translation>
            <numerusform>已删除 %n 条档案。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/page.py" line="378"/>
        <source>The staff list is still loading; export again in a moment.</source>
        <translation>员工名单仍在载入，请稍后再导出。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/page.py" line="381"/>
        <source>roster-%1.xlsx</source>
        <translation>花名册-%1.xlsx</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/page.py" line="382"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/page.py" line="401"/>
        <source>Roster</source>
        <translation>花名册</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/page.py" line="393"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopteam/ui/roster/page.py" line="398"/>
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>已导出 %n 行到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/page.py" line="402"/>
        <source>Exporting the roster…</source>
        <translation>正在导出花名册…</translation>
    </message>
</context>
<context>
    <name>SchemesDialog</name>
    <message>
        <location filename="../../shopteam/ui/appraisal/scheme_models.py" line="25"/>
        <source>Results</source>
        <translation>工作业绩</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/scheme_models.py" line="26"/>
        <source>Ability</source>
        <translation>工作能力</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/scheme_models.py" line="27"/>
        <source>Attitude</source>
        <translation>工作态度</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/scheme_models.py" line="28"/>
        <source>Manual rating</source>
        <translation>人工评分</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/scheme_models.py" line="29"/>
        <source>Target ratio, higher is better</source>
        <translation>目标达成率（越高越好）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/scheme_models.py" line="30"/>
        <source>Target ratio, lower is better</source>
        <translation>目标达成率（越低越好）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/scheme_models.py" line="31"/>
        <source>Tiered table</source>
        <translation>分档计分</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/scheme_models.py" line="32"/>
        <source>From tasks (done on time)</source>
        <translation>任务按时完成率</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/scheme_models.py" line="33"/>
        <source>From attendance</source>
        <translation>考勤扣分</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/scheme_models.py" line="34"/>
        <source>Entered by hand</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/scheme_models.py" line="35"/>
        <source>KPI import</source>
        <translation>KPI 导入</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/scheme_models.py" line="36"/>
        <source>Task boards</source>
        <translation>看板</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/scheme_models.py" line="37"/>
        <source>Attendance</source>
        <translation>考勤</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/scheme_models.py" line="38"/>
        <source>Training record</source>
        <translation>培训档案</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/scheme_models.py" line="108"/>
        <source>Target %1, cap %2</source>
        <translation>目标 %1，封顶 %2</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/scheme_models.py" line="117"/>
        <source>Late −%1, absent day −%2, missing punch −%3</source>
        <translation>迟到 −%1，缺勤每天 −%2，缺卡 −%3</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/scheme_models.py" line="121"/>
        <source>Done on time / due × 100</source>
        <translation>按时完成数 / 到期数 × 100</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/scheme_models.py" line="125"/>
        <source>Scheme</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/scheme_models.py" line="125"/>
        <source>Roles</source>
        <translation>适用岗位</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/scheme_models.py" line="126"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/scheme_models.py" line="145"/>
        <source>(no role)</source>
        <translation>（无岗位）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/scheme_models.py" line="147"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/scheme_models.py" line="148"/>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/scheme_models.py" line="160"/>
        <source>Group</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/scheme_models.py" line="160"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/scheme_models.py" line="161"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/scheme_models.py" line="161"/>
        <source>Scoring method</source>
        <translation>计分方式</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/scheme_models.py" line="162"/>
        <source>Data source</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/scheme_models.py" line="162"/>
        <source>KPI key</source>
        <translation>KPI 名称</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/scheme_models.py" line="163"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/scheme_models.py" line="163"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="123"/>
        <source>Appraisal schemes</source>
        <translation>考核方案</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="174"/>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="179"/>
        <source>New scheme</source>
        <translation>新建方案</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="183"/>
        <source>Blank scheme</source>
        <translation>空白方案</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="184"/>
        <source>From a preset</source>
        <translation>从预设方案复制</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="188"/>
        <source>Copy of the selected scheme</source>
        <translation>复制所选方案</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="190"/>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="229"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="192"/>
        <source>New cycles no longer use an archived scheme; its roles get the general scheme. Appraisals already made keep their indicators.</source>
        <translation>新的考核周期不再使用已归档的方案，其岗位改用通用方案；已生成的考核保留原有指标。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="229"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="262"/>
        <source>New scheme (not saved yet)</source>
        <translation>新方案（尚未保存）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="272"/>
        <source>%1 (copy %2)</source>
        <translation>%1（副本 %2）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="273"/>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="306"/>
        <source>%1 is restored.</source>
        <translation>已恢复 %1。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="306"/>
        <source>%1 is archived.</source>
        <translation>已归档 %1。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="322"/>
        <source>A role has one scheme: ticking it here takes it from the scheme that has it now. People whose role has no scheme get the general scheme.</source>
        <translation>每个岗位只对应一个方案：在此勾选会把岗位从原方案移到本方案。岗位没有方案的员工使用通用方案。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="334"/>
        <source>Excellent ≥</source>
        <translation>优秀 ≥</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="334"/>
        <source>Good ≥</source>
        <translation>良好 ≥</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="335"/>
        <source>Pass ≥</source>
        <translation>合格 ≥</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="347"/>
        <source>Excellent at most</source>
        <translation>优秀最多</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="347"/>
        <source>Fail at most</source>
        <translation>不合格最多</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="352"/>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="363"/>
        <source>Reward and penalty points of the month count within ± this cap.</source>
        <translation>当月奖惩加减分在 ± 此上限内计入。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="366"/>
        <source>Name</source>
        <translation>方案名称</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="368"/>
        <source>Applies to roles</source>
        <translation>适用岗位</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="372"/>
        <source>Self-assessment weight α</source>
        <translation>自评权重 α</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="374"/>
        <source>Grade thresholds</source>
        <translation>等级分数线</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="376"/>
        <source>Forced distribution</source>
        <translation>强制分布</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="377"/>
        <source>Reward/penalty points cap</source>
        <translation>奖惩加减分上限</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="405"/>
        <source>Add indicator</source>
        <translation>添加指标</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="407"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="409"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="410"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="416"/>
        <source>Indicators</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="443"/>
        <source>Parameters of the selected indicator</source>
        <translation>所选指标的计分参数</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/scheme_models.py" line="106"/>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="455"/>
        <source>0–100</source>
        <translation>0–100 分</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/scheme_models.py" line="105"/>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="456"/>
        <source>1–5 (→ 20–100)</source>
        <extracomment>The parameters each scoring method uses (domain.scoring); the others are dropped when the method changes.</extracomment>
        <translation>1–5 分（折合 20–100）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="458"/>
        <source>Rating scale</source>
        <translation>评分方式</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="461"/>
        <source>Higher is better (thresholds are floors)</source>
        <translation>越高越好（达到门槛即得该档分）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="462"/>
        <source>Lower is better (thresholds are ceilings)</source>
        <translation>越低越好（不超过上限即得该档分）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="464"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="464"/>
        <source>Cap (over-achievement)</source>
        <translation>封顶分（超额完成）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="465"/>
        <source>Tiers (threshold: score)</source>
        <translation>分档（门槛: 得分）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="465"/>
        <source>Points per late arrival</source>
        <translation>每次迟到扣分</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="466"/>
        <source>Points per day absent</source>
        <translation>每天缺勤扣分</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="467"/>
        <source>Points per missing punch</source>
        <translation>每次缺卡扣分</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="475"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="477"/>
        <source>Thresholds in ascending order, each with its score, separated by “;”.</source>
        <translation>门槛从小到大排列，每档写“门槛: 得分”，用“;”分隔。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="479"/>
        <source>100 = no bonus for over-achievement; 120 lets it score up to 120.</source>
        <translation>100 表示超额不加分；120 表示最高可得 120 分。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="502"/>
        <source>%1 (now: %2)</source>
        <translation>%1（现属：%2）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="546"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="546"/>
        <source>Save the changes to this scheme?</source>
        <translation>是否保存对此方案的更改？</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="562"/>
        <source>Only the supervisor&apos;s score counts; the self-score is recorded and shown but does not count.</source>
        <translation>只计上级评分；自评分会记录和显示，但不计入得分。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="565"/>
        <source>Rated indicators: %1 % self-score + %2 % supervisor&apos;s score.</source>
        <translation>评分类指标：自评 %1% + 上级评分 %2%。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="570"/>
        <source>Weights: %1 / 100</source>
        <translation>权重合计：%1 / 100</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="607"/>
        <source>Self and supervisor each give a score; the indicator counts α × self + (1 − α) × supervisor.</source>
        <translation>本人和上级分别打分；指标得分 = α × 自评 + (1 − α) × 上级评分。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="609"/>
        <source>Score = min(cap, actual ÷ target × 100).</source>
        <translation>得分 = min(封顶分, 实际值 ÷ 目标值 × 100)。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="610"/>
        <source>Score = min(cap, target ÷ actual × 100); an actual of 0 scores the cap.</source>
        <translation>得分 = min(封顶分, 目标值 ÷ 实际值 × 100)；实际值为 0 时得封顶分。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="611"/>
        <source>The score of the tier the actual figure falls in; outside every tier scores 0.</source>
        <translation>按实际值所在的档位得分；不在任何档位内得 0 分。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="612"/>
        <source>Share of the person&apos;s tasks due in the month that were done by their due date × 100 (read from the task boards).</source>
        <translation>本月到期的任务中按时完成的比例 × 100（取自看板）。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="614"/>
        <source>Score = max(0, 100 − late arrivals × p − days absent × q − missing punches × r).</source>
        <translation>得分 = max(0, 100 − 迟到次数 × p − 缺勤天数 × q − 缺卡次数 × r)。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="617"/>
        <source>Select an indicator.</source>
        <translation>请选择一个指标。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="736"/>
        <source>%1 of %2: write numbers, e.g. 4.5: 60; 4.7: 80.</source>
        <translation>%2 的%1：请填写数字，例如 4.5: 60; 4.7: 80。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="737"/>
        <source>%1 of %2 is not a number.</source>
        <translation>%2 的%1不是数字。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/appraisal/schemes.py" line="771"/>
        <source>%1 is saved. New appraisal cycles use it; cycles already open keep their indicators.</source>
        <translation>%1 已保存。新的考核周期将使用它；已开启的周期保留原有指标。</translation>
    </message>
</context>
<context>
    <name>ScoreDialog</name>
    <message>
        <location filename="../../shopteam/ui/people/dialogs.py" line="166"/>
        <source>Interview score: %1</source>
        <translation>面试评分：%1</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/dialogs.py" line="170"/>
        <source>Communication</source>
        <translation>沟通能力</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/dialogs.py" line="170"/>
        <source>Experience</source>
        <translation>工作经验</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/dialogs.py" line="170"/>
        <source>Attitude</source>
        <translation>工作态度</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/dialogs.py" line="171"/>
        <source>Skills</source>
        <translation>专业技能</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/dialogs.py" line="176"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/dialogs.py" line="177"/>
        <source>Competence</source>
        <translation>评分项</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/dialogs.py" line="178"/>
        <source>Score (1–5)</source>
        <translation>评分（1–5）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/people/dialogs.py" line="179"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../shopteam/ui/training/dialogs.py" line="121"/>
        <source>New session: %1</source>
        <translation>新建场次：%1</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/dialogs.py" line="122"/>
        <source>Edit session: %1, %2</source>
        <translation>修改场次：%1，%2</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/dialogs.py" line="130"/>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/dialogs.py" line="133"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/dialogs.py" line="134"/>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/dialogs.py" line="135"/>
        <source>Trainer</source>
        <translation>讲师</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/dialogs.py" line="136"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/dialogs.py" line="138"/>
        <source>Materials</source>
        <translation>培训资料</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <location filename="../../shopteam/ui/attendance/work_rules.py" line="96"/>
        <location filename="../../shopteam/ui/attendance/work_rules.py" line="97"/>
        <location filename="../../shopteam/ui/attendance/work_rules.py" line="99"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/work_rules.py" line="101"/>
        <source>Approved missing-punch corrections per person and month that are free (default %1); more are shown to the owner and can carry a deduction in the pay rules.</source>
        <translation>每人每月免费的已批准补卡次数（默认 %1）；超出的次数向店主显示，并可在薪酬规则中设置扣款。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/work_rules.py" line="106"/>
        <source>Save the rules</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/work_rules.py" line="111"/>
        <source>Late after the shift start plus</source>
        <translation>迟到：晚于上班时间加</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/work_rules.py" line="112"/>
        <source>Early leave before the shift end minus</source>
        <translation>早退：早于下班时间减</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/work_rules.py" line="113"/>
        <source>Overtime counts in blocks of</source>
        <translation>加班计算单位</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/work_rules.py" line="114"/>
        <source>Free missing-punch corrections per month (default %1)</source>
        <translation>每月免费补卡次数（默认 %1）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/work_rules.py" line="116"/>
        <source>Takes effect from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/work_rules.py" line="124"/>
        <source>Versions (each in force from its date until the next)</source>
        <translation>历次版本（各自从生效日期起适用，直到下一版本）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/work_rules.py" line="145"/>
        <source>from the start</source>
        <translation>一直有效</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/work_rules.py" line="162"/>
        <source>Saved: the rules apply from %1; the days before keep theirs.</source>
        <translation>已保存：规则自 %1 起适用；之前的日子保持原规则。</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../shopteam/ui/imports/setup_pages.py" line="176"/>
        <source>Choose the sheet</source>
        <translation>选择工作表</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/setup_pages.py" line="177"/>
        <source>The workbook has several sheets; the first one with data is chosen.</source>
        <translation>工作簿有多个工作表；已选中第一个有数据的工作表。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/setup_pages.py" line="207"/>
        <source>Reading the sheet…</source>
        <translation>正在读取工作表…</translation>
    </message>
</context>
<context>
    <name>ShopCharts</name>
    <message>
        <location filename="../../shopteam/ui/widgets/shop_charts.py" line="50"/>
        <source>Save as PNG…</source>
        <translation>另存为 PNG…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/widgets/shop_charts.py" line="107"/>
        <source>Save as PNG</source>
        <translation>另存为 PNG</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/widgets/shop_charts.py" line="109"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/widgets/shop_charts.py" line="120"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/widgets/shop_charts.py" line="143"/>
        <source>Headcount by department at each month end</source>
        <translation>各部门月末人数</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/widgets/shop_charts.py" line="144"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/widgets/shop_charts.py" line="145"/>
        <location filename="../../shopteam/ui/widgets/shop_charts.py" line="177"/>
        <source>No department</source>
        <translation>未分配部门</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/widgets/shop_charts.py" line="146"/>
        <source>Nobody was employed in these months.</source>
        <translation>这段时间没有在职人员。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/widgets/shop_charts.py" line="161"/>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/widgets/shop_charts.py" line="163"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/widgets/shop_charts.py" line="198"/>
        <source>Approved overtime hours by kind · %1</source>
        <translation>已批准加班时长（按类型）· %1</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/widgets/shop_charts.py" line="201"/>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/widgets/shop_charts.py" line="203"/>
        <source>Workday</source>
        <translation>工作日加班</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/widgets/shop_charts.py" line="204"/>
        <source>Rest day</source>
        <translation>休息日加班</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/widgets/shop_charts.py" line="205"/>
        <source>Holiday</source>
        <translation>节假日加班</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/widgets/shop_charts.py" line="207"/>
        <source>No approved overtime in these months.</source>
        <translation>这段时间没有已批准的加班。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/widgets/shop_charts.py" line="232"/>
        <source>Payout cost against sales</source>
        <translation>薪酬成本与销售额</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/widgets/shop_charts.py" line="233"/>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/widgets/shop_charts.py" line="234"/>
        <source>Sales (KPI figures)</source>
        <translation>销售额（KPI 数据）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/widgets/shop_charts.py" line="235"/>
        <source>Payout cost (approved runs)</source>
        <translation>薪酬成本（已审批的发放）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/widgets/shop_charts.py" line="236"/>
        <source>Cost as % of sales</source>
        <translation>成本占销售额 %</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/widgets/shop_charts.py" line="237"/>
        <source>No sales and no approved payout in these months.</source>
        <translation>这段时间没有销售额，也没有已审批的发放。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/widgets/shop_charts.py" line="252"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../shopteam/app.py" line="168"/>
        <source>ShopTeam already has this database open (process %1 on %2). Switch to that window?</source>
        <extracomment>The day&apos;s first automatic backup starts this long after the window is shown (not to slow the first screen).</extracomment>
        <translation>网店团队管家已经打开了这个数据库（%2 上的进程 %1）。切换到那个窗口吗？</translation>
    </message>
    <message>
        <location filename="../../shopteam/app.py" line="173"/>
        <source>That window does not answer. Close it, or end its process, then start ShopTeam again.</source>
        <translation>那个窗口没有响应。请关闭它或结束其进程，然后重新启动网店团队管家。</translation>
    </message>
</context>
<context>
    <name>StaffForm</name>
    <message>
        <location filename="../../shopteam/ui/roster/form.py" line="63"/>
        <source>New staff member</source>
        <translation>新员工</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/form.py" line="64"/>
        <source>Staff record — %1</source>
        <translation>员工档案 — %1</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/form.py" line="85"/>
        <source>(not given)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/form.py" line="92"/>
        <location filename="../../shopteam/ui/roster/form.py" line="97"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/form.py" line="115"/>
        <source>No punch record: approved timesheet hours are the attendance</source>
        <translation>不打卡：以批准的工时作为考勤</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/form.py" line="122"/>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/form.py" line="122"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/form.py" line="122"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/form.py" line="123"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/form.py" line="123"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/form.py" line="123"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/form.py" line="124"/>
        <source>ID-card no.</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/form.py" line="124"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/form.py" line="125"/>
        <source>Reports to</source>
        <translation>直属上级</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/form.py" line="125"/>
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/form.py" line="125"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/form.py" line="126"/>
        <source>Leave date</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/form.py" line="126"/>
        <source>How they left</source>
        <translation>离职方式</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/form.py" line="127"/>
        <source>Leave reason</source>
        <translation>离职原因</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/form.py" line="128"/>
        <source>Base salary (CNY/month)</source>
        <translation>基本工资（元/月）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/form.py" line="128"/>
        <source>Bank account</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/form.py" line="129"/>
        <source>Social-insurance contribution base (CNY/month)</source>
        <translation>社保缴费基数（元/月）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/form.py" line="130"/>
        <source>Housing-fund contribution base (CNY/month)</source>
        <translation>公积金缴存基数（元/月）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/form.py" line="131"/>
        <source>Special additional deductions (CNY/month)</source>
        <translation>专项附加扣除（元/月）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/form.py" line="132"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/form.py" line="132"/>
        <source>Attendance from timesheets</source>
        <translation>按工时计考勤</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/form.py" line="226"/>
        <source>Hidden: you may not see this field.</source>
        <translation>已隐藏：您无权查看此项。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/form.py" line="238"/>
        <source>unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/form.py" line="239"/>
        <source>Special additional deductions claimed per month (children&apos;s education, housing rent or loan interest, elderly care …), deducted from taxable income when the shop withholds income tax.</source>
        <translation>每月申报的专项附加扣除（子女教育、住房租金或房贷利息、赡养老人……），店铺代扣个人所得税时从应纳税所得额中扣除。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/form.py" line="245"/>
        <source>Resignation (辞职)</source>
        <translation>辞职</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/form.py" line="245"/>
        <source>Dismissal (辞退)</source>
        <translation>辞退</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/form.py" line="246"/>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/form.py" line="299"/>
        <source>Use letters, digits, &apos;-&apos; and &apos;_&apos; only (at most 32).</source>
        <translation>只能使用字母、数字、“-”和“_”（最多 32 个）。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/form.py" line="301"/>
        <source>Enter an 11-digit mobile number or a landline with area code.</source>
        <translation>请输入 11 位手机号或带区号的座机号。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/form.py" line="303"/>
        <source>This is not an e-mail address.</source>
        <translation>这不是有效的电子邮箱地址。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/form.py" line="305"/>
        <source>This ID-card number is not valid (18 characters with a correct check digit).</source>
        <translation>身份证号无效（应为 18 位且校验位正确）。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/form.py" line="307"/>
        <source>A bank account number has 8 to 30 digits.</source>
        <translation>银行账号应为 8 到 30 位数字。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/form.py" line="312"/>
        <source>Enter an amount such as 6000 or 6,000.00.</source>
        <translation>请输入金额，例如 6000 或 6,000.00。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/form.py" line="314"/>
        <source>The salary cannot be negative.</source>
        <translation>薪资不能为负数。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/form.py" line="315"/>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/form.py" line="348"/>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <location filename="../../shopteam/ui/roster/model.py" line="63"/>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/model.py" line="64"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/model.py" line="65"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/model.py" line="66"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/model.py" line="67"/>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/model.py" line="68"/>
        <source>Reports to</source>
        <translation>直属上级</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/model.py" line="69"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/model.py" line="70"/>
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/model.py" line="71"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/model.py" line="72"/>
        <source>Base salary</source>
        <translation>基本工资</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/model.py" line="73"/>
        <source>Social-insurance base</source>
        <translation>社保基数</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/model.py" line="74"/>
        <source>Housing-fund base</source>
        <translation>公积金基数</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/roster/model.py" line="75"/>
        <source>Special additional deductions</source>
        <translation>专项附加扣除</translation>
    </message>
</context>
<context>
    <name>StaffingPage</name>
    <message>
        <location filename="../../shopteam/ui/org/staffing.py" line="61"/>
        <source>Make &amp;active</source>
        <translation>设为当前使用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/staffing.py" line="62"/>
        <source>The active plan is the one the dashboard compares with</source>
        <translation>首页仪表盘与当前使用的人员配置进行对比</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/staffing.py" line="63"/>
        <source>&amp;Delete plan</source>
        <translation>删除人员配置(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/staffing.py" line="65"/>
        <source>Small team</source>
        <translation>小型团队</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/staffing.py" line="66"/>
        <source>Medium team</source>
        <translation>中型团队</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/staffing.py" line="67"/>
        <source>Large team</source>
        <translation>大型团队</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/staffing.py" line="68"/>
        <source>&amp;New plan from preset</source>
        <translation>从预设新建人员配置(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/staffing.py" line="74"/>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/staffing.py" line="75"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/staffing.py" line="76"/>
        <source>Planned</source>
        <translation>编制人数</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/staffing.py" line="78"/>
        <source>Actual</source>
        <translation>实有人数</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/staffing.py" line="79"/>
        <source>Gap</source>
        <translation>缺口</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/staffing.py" line="102"/>
        <source>Add to plan</source>
        <translation>加入人员配置</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/staffing.py" line="105"/>
        <source>Gap = actual − planned. Red: shortage, amber: surplus, green: as planned. Double-click a planned figure to change it.</source>
        <translation>缺口 = 实有人数 − 编制人数。红色：缺员，琥珀色：超编，绿色：符合编制。双击编制人数可修改。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/staffing.py" line="111"/>
        <source>Plan:</source>
        <translation>人员配置：</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/staffing.py" line="119"/>
        <source>Role:</source>
        <translation>岗位：</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/staffing.py" line="121"/>
        <source>Planned:</source>
        <translation>编制人数：</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/staffing.py" line="146"/>
        <source>%1 (active)</source>
        <translation>%1（当前使用）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/staffing.py" line="166"/>
        <source>No staffing plan yet. Create one from a preset.</source>
        <translation>还没有人员配置。请从预设创建一个。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/staffing.py" line="173"/>
        <source>Planned %1, actual %2; %3 places to fill.</source>
        <translation>编制 %1 人，实有 %2 人；还需补充 %3 人。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/staffing.py" line="214"/>
        <source>Enter a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/staffing.py" line="239"/>
        <source>Delete staffing plan</source>
        <translation>删除人员配置</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/org/staffing.py" line="240"/>
        <source>Delete the plan %1?</source>
        <translation>删除人员配置 %1？</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../shopteam/ui/imports/result_pages.py" line="258"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/result_pages.py" line="261"/>
        <source>Added</source>
        <translation>已新增</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/result_pages.py" line="261"/>
        <source>Replaced</source>
        <translation>已替换</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/result_pages.py" line="262"/>
        <source>Skipped (already imported)</source>
        <translation>已跳过（之前已导入）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/result_pages.py" line="262"/>
        <source>Rejected</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/result_pages.py" line="267"/>
        <source>Save error workbook…</source>
        <translation>保存错误工作簿…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/result_pages.py" line="289"/>
        <source>The rejected rows were not imported. Save them with the reasons, correct them and import that workbook again.</source>
        <translation>有问题的行没有导入。请将它们连同原因保存下来，改正后再导入该工作簿。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/result_pages.py" line="295"/>
        <source>%1-rejected.xlsx</source>
        <translation>%1-未导入.xlsx</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/result_pages.py" line="294"/>
        <source>Save error workbook</source>
        <translation>保存错误工作簿</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/result_pages.py" line="296"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/result_pages.py" line="309"/>
        <source>The error workbook could not be saved: %1</source>
        <translation>无法保存错误工作簿：%1</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/result_pages.py" line="315"/>
        <source>The rejected rows were saved to %1.</source>
        <translation>有问题的行已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/imports/result_pages.py" line="320"/>
        <source>Saving the error workbook…</source>
        <translation>正在保存错误工作簿…</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../shopteam/ui/tasks.py" line="106"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TimesheetDialog</name>
    <message>
        <location filename="../../shopteam/ui/attendance/timesheet_dialog.py" line="44"/>
        <source>Log hours</source>
        <translation>登记工时</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/timesheet_dialog.py" line="44"/>
        <source>Correct hours</source>
        <translation>修改工时</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/timesheet_dialog.py" line="52"/>
        <source>What you worked on (a card&apos;s title links the card)</source>
        <translation>所做的工作（填写卡片标题即关联该卡片）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/timesheet_dialog.py" line="65"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/timesheet_dialog.py" line="66"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/timesheet_dialog.py" line="67"/>
        <source>Hours</source>
        <translation>工时</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/timesheet_dialog.py" line="68"/>
        <source>Overtime (h)</source>
        <translation>加班（小时）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/timesheet_dialog.py" line="69"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/timesheet_dialog.py" line="75"/>
        <source>The hours count once your manager approves them.</source>
        <translation>工时经上级批准后才计入。</translation>
    </message>
</context>
<context>
    <name>TimesheetsModel</name>
    <message>
        <location filename="../../shopteam/ui/attendance/timesheets_model.py" line="20"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/timesheets_model.py" line="21"/>
        <location filename="../../shopteam/ui/attendance/timesheets_model.py" line="29"/>
        <source>Person</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/timesheets_model.py" line="22"/>
        <source>Task / card</source>
        <translation>任务 / 卡片</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/timesheets_model.py" line="23"/>
        <location filename="../../shopteam/ui/attendance/timesheets_model.py" line="30"/>
        <source>Hours</source>
        <translation>工时</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/timesheets_model.py" line="24"/>
        <location filename="../../shopteam/ui/attendance/timesheets_model.py" line="31"/>
        <source>Overtime (h)</source>
        <translation>加班（小时）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/timesheets_model.py" line="25"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/timesheets_model.py" line="26"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/timesheets_model.py" line="32"/>
        <source>Approved (h)</source>
        <translation>已批准（小时）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/timesheets_model.py" line="33"/>
        <source>Waiting (h)</source>
        <translation>待审批（小时）</translation>
    </message>
</context>
<context>
    <name>TimesheetsPage</name>
    <message>
        <location filename="../../shopteam/ui/attendance/timesheets.py" line="70"/>
        <source>Log hours…</source>
        <translation>登记工时…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/timesheets.py" line="74"/>
        <source>Correct…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/timesheets.py" line="87"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/timesheets.py" line="90"/>
        <source>Person</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/timesheets.py" line="102"/>
        <source>Totals per person</source>
        <translation>按人合计</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/timesheets.py" line="147"/>
        <source>No hours were reported for %1.</source>
        <translation>%1 没有登记工时。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/timesheets.py" line="157"/>
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopteam/ui/attendance/timesheets.py" line="199"/>
        <source>Approved: %n entry(s).</source>
        <translation>
            <numerusform>已批准 %n 条工时记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopteam/ui/attendance/timesheets.py" line="199"/>
        <source>Rejected: %n entry(s).</source>
        <translation>
            <numerusform>已驳回 %n 条工时记录。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/timesheets.py" line="225"/>
        <source>The hours were saved and wait for a decision.</source>
        <translation>工时已保存，等待审批。</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="96"/>
        <source>Plans and sessions</source>
        <translation>计划与场次</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="97"/>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="101"/>
        <location filename="../../shopteam/ui/training/page.py" line="105"/>
        <source>My training</source>
        <translation>我的培训</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="104"/>
        <source>This account has no staff record, so it has no training record.</source>
        <translation>此账号没有员工档案，因此没有培训档案。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="111"/>
        <location filename="../../shopteam/ui/training/page.py" line="451"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="112"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="112"/>
        <source>Whole year</source>
        <translation>全年</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="114"/>
        <location filename="../../shopteam/ui/training/page.py" line="476"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="115"/>
        <source>For roles</source>
        <translation>适用岗位</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="116"/>
        <source>Planned hours</source>
        <translation>计划学时</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="118"/>
        <source>Hours held</source>
        <translation>已完成学时</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="120"/>
        <location filename="../../shopteam/ui/training/page.py" line="439"/>
        <source>Sessions</source>
        <translation>场次</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="124"/>
        <source>&amp;New plan…</source>
        <translation>新建计划(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="126"/>
        <source>Edit plan…</source>
        <translation>修改计划…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="128"/>
        <source>Delete plan</source>
        <translation>删除计划</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="138"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="132"/>
        <location filename="../../shopteam/ui/training/page.py" line="475"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="133"/>
        <location filename="../../shopteam/ui/training/page.py" line="477"/>
        <source>Trainer</source>
        <translation>讲师</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="134"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="134"/>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="135"/>
        <location filename="../../shopteam/ui/training/page.py" line="440"/>
        <location filename="../../shopteam/ui/training/page.py" line="478"/>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="136"/>
        <location filename="../../shopteam/ui/training/page.py" line="160"/>
        <location filename="../../shopteam/ui/training/page.py" line="479"/>
        <source>Attended</source>
        <translation>出席</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="139"/>
        <source>Materials</source>
        <translation>培训资料</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="144"/>
        <source>New &amp;session…</source>
        <translation>新建场次(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="145"/>
        <source>&amp;Attendance…</source>
        <translation>签到(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="148"/>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="149"/>
        <source>Change the session&apos;s date, hours, trainer, place or materials</source>
        <translation>修改本场的日期、学时、讲师、地点或资料</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="151"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="152"/>
        <source>Delete the session (only while no attendance is taken)</source>
        <translation>删除本场（仅限尚未登记签到时）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="154"/>
        <source>Sign-in sheet (PDF)…</source>
        <translation>签到表（PDF）…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="158"/>
        <location filename="../../shopteam/ui/training/page.py" line="437"/>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="159"/>
        <location filename="../../shopteam/ui/training/page.py" line="438"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="160"/>
        <location filename="../../shopteam/ui/training/page.py" line="163"/>
        <location filename="../../shopteam/ui/training/page.py" line="479"/>
        <location filename="../../shopteam/ui/training/page.py" line="482"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="160"/>
        <location filename="../../shopteam/ui/training/page.py" line="164"/>
        <location filename="../../shopteam/ui/training/page.py" line="479"/>
        <location filename="../../shopteam/ui/training/page.py" line="483"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="161"/>
        <location filename="../../shopteam/ui/training/page.py" line="480"/>
        <source>Test score</source>
        <translation>测试成绩</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="163"/>
        <location filename="../../shopteam/ui/training/page.py" line="482"/>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="165"/>
        <location filename="../../shopteam/ui/training/page.py" line="484"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="167"/>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="171"/>
        <source>&amp;Evaluate…</source>
        <translation>评估(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="173"/>
        <source>&amp;Clear evaluation</source>
        <translation>清除评估(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="175"/>
        <source>Rewards/penalties from results…</source>
        <translation>按结果记奖惩…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="176"/>
        <source>Record rewards and penalties in the ledger from the evaluations of this session</source>
        <translation>按本场的培训评估在奖惩记录中记奖励和处罚</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="186"/>
        <source>Training plans</source>
        <translation>培训计划</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="197"/>
        <source>Sessions of the plan</source>
        <translation>本计划的场次</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="207"/>
        <source>Attendance and evaluation</source>
        <translation>签到与评估</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="326"/>
        <source>Delete training plan</source>
        <translation>删除培训计划</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="327"/>
        <source>Delete the plan %1 with its %2 session(s)?</source>
        <translation>删除培训计划 %1 及其 %2 个场次？</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="344"/>
        <source>Delete training session</source>
        <translation>删除培训场次</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="345"/>
        <source>Delete the session of %1 on %2?</source>
        <translation>删除 %2 的 %1 场次？</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="363"/>
        <source>Recorded in the reward/penalty ledger: %1 reward(s), %2 penalty(ies); %3 already there.</source>
        <translation>已记入奖惩记录：奖励 %1 人，处罚 %2 人；%3 人此前已记录。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="372"/>
        <source>Sign-in sheet</source>
        <translation>签到表</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="373"/>
        <source>sign-in-%1.pdf</source>
        <translation>签到表-%1.pdf</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="374"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="380"/>
        <source>Writing the sign-in sheet…</source>
        <translation>正在生成签到表…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="384"/>
        <source>Sign-in sheet written: %1 (%2 people listed).</source>
        <translation>签到表已生成：%1（名单 %2 人）。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="390"/>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="391"/>
        <source>training-%1.xlsx</source>
        <translation>培训-%1.xlsx</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="392"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="399"/>
        <source>Writing the training workbook…</source>
        <translation>正在生成培训工作簿…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="404"/>
        <source>Written: %1 (plans, sessions and records).</source>
        <translation>已写入：%1（计划、场次和培训记录）。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="441"/>
        <source>Average test score</source>
        <translation>平均测试成绩</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="445"/>
        <source>E&amp;xport to Excel…</source>
        <translation>导出到 Excel(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="446"/>
        <source>The year&apos;s plans, sessions and training records in one workbook</source>
        <translation>本年度的培训计划、场次和培训记录导出到一个工作簿</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="495"/>
        <source>%1: %2 h</source>
        <translation>%1 年：%2 小时</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="498"/>
        <source>Hours per year: %1 · average test score: %2</source>
        <translation>每年学时：%1 · 平均测试成绩：%2</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/training/page.py" line="499"/>
        <source>none yet</source>
        <translation>尚无</translation>
    </message>
</context>
<context>
    <name>WorkRules</name>
    <message>
        <location filename="../../shopteam/ui/attendance/work_rules.py" line="41"/>
        <location filename="../../shopteam/ui/attendance/work_rules.py" line="48"/>
        <source>From</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/work_rules.py" line="41"/>
        <source>Late grace (min)</source>
        <translation>迟到宽限（分钟）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/work_rules.py" line="42"/>
        <source>Early-leave grace (min)</source>
        <translation>早退宽限（分钟）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/work_rules.py" line="42"/>
        <source>Overtime block (min)</source>
        <translation>加班单位（分钟）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/work_rules.py" line="43"/>
        <source>Free corrections</source>
        <translation>免费补卡次数</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/work_rules.py" line="46"/>
        <source>Applies to</source>
        <translation>适用于</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/work_rules.py" line="46"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/work_rules.py" line="47"/>
        <source>Weekdays</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/work_rules.py" line="47"/>
        <source>Working periods</source>
        <translation>工作时段</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/work_rules.py" line="48"/>
        <source>Until</source>
        <translation>截止日期</translation>
    </message>
</context>
<context>
    <name>WorkRulesCalendar</name>
    <message>
        <location filename="../../shopteam/ui/attendance/work_rules_calendar.py" line="31"/>
        <location filename="../../shopteam/ui/attendance/work_rules_calendar.py" line="37"/>
        <source>Workday</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/work_rules_calendar.py" line="32"/>
        <location filename="../../shopteam/ui/attendance/work_rules_calendar.py" line="38"/>
        <source>Rest day</source>
        <translation>休息日</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/work_rules_calendar.py" line="33"/>
        <location filename="../../shopteam/ui/attendance/work_rules_calendar.py" line="39"/>
        <source>Statutory holiday</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/work_rules_calendar.py" line="34"/>
        <source>Make-up workday</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/work_rules_calendar.py" line="42"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/work_rules_calendar.py" line="42"/>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/work_rules_calendar.py" line="43"/>
        <source>China&apos;s calendar</source>
        <translation>国家日历</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/work_rules_calendar.py" line="43"/>
        <source>Holiday</source>
        <translation>节日</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/work_rules_calendar.py" line="44"/>
        <source>The shop&apos;s day</source>
        <translation>店铺调整</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/work_rules_calendar.py" line="44"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>WorkRulesDialog</name>
    <message>
        <location filename="../../shopteam/ui/attendance/work_rules.py" line="269"/>
        <source>Work rules</source>
        <translation>考勤规则</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/work_rules.py" line="275"/>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/work_rules.py" line="276"/>
        <source>Shifts &amp;&amp; patterns</source>
        <translation>班次与工作周</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/work_rules.py" line="277"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
</context>
<context>
    <name>_DatedDialog</name>
    <message>
        <location filename="../../shopteam/ui/attendance/pattern_dialog.py" line="63"/>
        <source>Everyone else (the shop&apos;s pattern)</source>
        <translation>其他所有人（店铺默认班次）</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/pattern_dialog.py" line="63"/>
        <source>A role</source>
        <translation>某个岗位</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/pattern_dialog.py" line="64"/>
        <source>A person</source>
        <translation>某位员工</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/pattern_dialog.py" line="104"/>
        <source>Applies to</source>
        <translation>适用于</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/pattern_dialog.py" line="106"/>
        <source>Takes effect from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/pattern_dialog.py" line="117"/>
        <source>Days before %1 keep the pattern they had.</source>
        <translation>%1 之前的日子保持原来的班次。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/pattern_dialog.py" line="119"/>
        <source>This reaches back into an earlier month: its figures will change.</source>
        <translation>此日期在以前的月份：那些月份的考勤数据会改变。</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/pattern_dialog.py" line="154"/>
        <source>Choose the role or the person the pattern is for.</source>
        <translation>请选择该班次适用的岗位或员工。</translation>
    </message>
</context>
<context>
    <name>_RequestDialog</name>
    <message>
        <location filename="../../shopteam/ui/attendance/request_dialogs.py" line="61"/>
        <source>Person</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/attendance/request_dialogs.py" line="72"/>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
</context>
</TS>
