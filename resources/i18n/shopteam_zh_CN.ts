<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountLabels</name>
    <message>
        <location filename="../../shopteam/ui/accounts/labels.py" line="15"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/labels.py" line="16"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/labels.py" line="17"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/labels.py" line="21"/>
        <source>May see the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/labels.py" line="22"/>
        <source>May edit staff records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/labels.py" line="23"/>
        <source>May edit departments, roles and plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/labels.py" line="24"/>
        <source>May see salaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/labels.py" line="25"/>
        <source>May change salaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/labels.py" line="26"/>
        <source>May see ID card numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/labels.py" line="27"/>
        <source>May see bank accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/labels.py" line="28"/>
        <source>May manage accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/labels.py" line="29"/>
        <source>May see the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/labels.py" line="30"/>
        <source>May import attendance for everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/labels.py" line="31"/>
        <source>May make and restore backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/labels.py" line="36"/>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/labels.py" line="37"/>
        <source>The password needs at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/labels.py" line="38"/>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/labels.py" line="39"/>
        <source>The user name {username} is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/labels.py" line="40"/>
        <source>Unknown access level {level}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/labels.py" line="41"/>
        <source>Only the owner can create another owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/labels.py" line="42"/>
        <source>This person has an account already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/labels.py" line="43"/>
        <source>Unknown permission {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/labels.py" line="44"/>
        <source>The last owner account cannot be switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/labels.py" line="45"/>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/labels.py" line="46"/>
        <source>The record no longer exists. Refresh and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/accounts/labels.py" line="47"/>
        <source>You are not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../shopteam/ui/login.py" line="49"/>
        <source>Welcome to ShopTeam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/login.py" line="52"/>
        <source>Set up your shop. You will be its owner and can add managers and staff later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/login.py" line="55"/>
        <source>e.g. Little Deer Select Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/login.py" line="68"/>
        <source>Shop name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/login.py" line="69"/>
        <source>Owner&apos;s user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/login.py" line="70"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/login.py" line="71"/>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/login.py" line="72"/>
        <source>Language of preset data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/login.py" line="75"/>
        <source>Create shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/login.py" line="76"/>
        <source>Open a demo shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/login.py" line="82"/>
        <source>The demo shop has about 20 people in 6 departments. Log in later as boss with the password demo1234.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/login.py" line="96"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../shopteam/ui/login.py" line="128"/>
        <source>Log in — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/login.py" line="138"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/login.py" line="139"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/login.py" line="140"/>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="41"/>
        <location filename="../../shopteam/ui/main_window.py" line="92"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="42"/>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="44"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="45"/>
        <source>Org chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="47"/>
        <source>Staffing plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="49"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="51"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="67"/>
        <source>ShopTeam — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="92"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="92"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="94"/>
        <source>%1 · %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="124"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="126"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="129"/>
        <location filename="../../shopteam/ui/main_window.py" line="197"/>
        <location filename="../../shopteam/ui/main_window.py" line="199"/>
        <location filename="../../shopteam/ui/main_window.py" line="202"/>
        <location filename="../../shopteam/ui/main_window.py" line="206"/>
        <source>Check the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="133"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="138"/>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="139"/>
        <source>Change my password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="142"/>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="146"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="153"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="154"/>
        <location filename="../../shopteam/ui/main_window.py" line="209"/>
        <source>About ShopTeam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="163"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="164"/>
        <source>The new language is used after a restart. Restart ShopTeam now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="179"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="184"/>
        <location filename="../../shopteam/ui/main_window.py" line="188"/>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="186"/>
        <source>Backup written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="200"/>
        <source>The database is sound: no problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="203"/>
        <source>Problems found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shopteam/ui/main_window.py" line="210"/>
        <source>ShopTeam %1 — team management for small online shops.
Database: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../shopteam/ui/tasks.py" line="103"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
