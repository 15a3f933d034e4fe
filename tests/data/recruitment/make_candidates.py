"""Writes candidates_boss.xlsx next to this file (run once; the workbook is committed)."""

from pathlib import Path

from openpyxl import Workbook


def write(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "候选人"
    ws.append(["BOSS直聘 候选人导出（2026年12月）"])
    ws.merge_cells("A1:H1")
    ws.append(["基本信息", None, None, "求职意向", None, None, "其他", None])
    ws.merge_cells("A2:C2")
    ws.merge_cells("D2:F2")
    ws.merge_cells("G2:H2")
    ws.append(["姓名", "手机", "来源", "应聘职位", "期望薪资", "投递日期", "简历", "备注"])
    ws.append(["张伟", "１３８００１３８０００", "BOSS直聘", "客服专员", "8k", "2026-12-01", "cv/张伟.pdf", "有电商客服经验"])
    ws.append(["王芳", "139-0013-9000", "58同城", "客服专员", "8000元", "2026/12/2", None, None])
    ws.append(["刘洋", 13700137000, "内部推荐", "客服专员", "8,000", "2026年12月3日", None, "老员工推荐"])
    ws.append(["陈静", "13600136000", "智联招聘", "客服专员", "７.５Ｋ", None, None, None])
    ws.append(["赵磊", "12345", "BOSS直聘", "客服专员", "面议", "2026-12-04", None, None])
    ws.append(["张伟", "13800138000", "BOSS直聘", "客服专员", "9k", "2026-12-05", None, "重复投递"])
    ws.append(["孙悦", "13500135000", "BOSS直聘", "美工", 6000, "2026-12-05", None, None])
    wb.save(path)
    return path


if __name__ == "__main__":
    print(write(Path(__file__).with_name("candidates_boss.xlsx")))
