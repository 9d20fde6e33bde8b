#!/usr/bin/env python3
"""Writes src/Gaoxin/Resources/SharedResource.resx (en) and SharedResource.zh-CN.resx from the table below.
Edit the table, run `python3 tools/strings.py`, commit both the table and the .resx files."""
import os
from xml.sax.saxutils import escape

S = {
 "App.Name": ("Gaoxin", "高新"),
 "App.Title": ("Gaoxin — high-tech zone platform", "高新 — 高新区运营平台"),
 "Login.Title": ("Sign in", "登录"),
 "Login.Subtitle": ("The operating platform of a high-tech zone", "高新区运营管理平台"),
 "Login.UserName": ("User name", "用户名"),
 "Login.Password": ("Password", "密码"),
 "Login.Submit": ("Sign in", "登录"),
 "Login.DemoTitle": ("Demo accounts", "演示账号"),
 "Login.DemoBody": ("Demo mode is on: these accounts open the five demo zones.", "演示模式已开启：以下账号可进入五个演示园区。"),
 "Login.DemoPassword": ("Password for every demo account:", "所有演示账号的密码："),
 "Login.Error.Missing": ("Enter both your user name and your password.", "请输入用户名和密码。"),
 "Login.Error.Wrong": ("The user name or the password is wrong. After repeated failures the account is locked for a while.", "用户名或密码错误。多次失败后账号将被临时锁定。"),
 "Login.Error.Locked": ("The account is locked after repeated failed sign-ins. Try again in 15 minutes, or ask an administrator to unlock it.", "多次登录失败，账号已锁定。请15分钟后再试，或请管理员解锁。"),
 "Login.Error.DemoOff": ("This is a demo account and demo mode is off.", "这是演示账号，当前未开启演示模式。"),
 "Login.Error.NotAllowed": ("This account may not sign in. Ask your zone administrator.", "该账号不允许登录，请联系园区管理员。"),
 "Shell.Menu": ("Menu", "菜单"),
 "Shell.Language": ("Language", "语言"),
 "Shell.Logout": ("Sign out", "退出登录"),
 "Nav.Home": ("Workbench", "工作台"),
 "Nav.Zones": ("Zones", "园区管理"),
 "Nav.Users": ("Users and roles", "用户与角色"),
 "Nav.Audit": ("Audit log", "审计日志"),
 "Section.Projects": ("Industrial projects", "产业聚集平台"),
 "Section.Innovation": ("Innovation", "创新要素平台"),
 "Section.Talent": ("Talent", "人才聚集平台"),
 "Section.Institutional": ("Institutional", "体制机制平台"),
 "Section.Policies": ("Policies", "惠企政策"),
 "Section.Evaluation": ("Evaluation", "考核评价"),
 "Section.Admin": ("Administration", "系统管理"),
 "Home.Title": ("Workbench", "工作台"),
 "Home.NoZone": ("You do not see any zone yet. Ask a platform administrator to give you access.", "您还没有可查看的园区，请联系平台管理员开通。"),
 "Home.Departments": ("Departments", "部门数"),
 "Home.Accounts": ("Accounts", "账号数"),
 "Home.Activity": ("Changes in the last days", "近期数据变更"),
 "Home.Writes": ("Changes", "变更次数"),
 "Zones.Add": ("Add zone", "新增园区"),
 "Zones.Code": ("Code", "代码"),
 "Zones.CodeHelp": ("2–32 lower-case letters, digits or '-', starting with a letter (e.g. chengde)", "2–32位小写字母、数字或“-”，以字母开头（如 chengde）"),
 "Zones.Name": ("Name", "名称"),
 "Zones.NameEn": ("English name", "英文名称"),
 "Zones.Province": ("Province", "省份"),
 "Zones.City": ("City", "城市"),
 "Zones.Level": ("Level", "级别"),
 "Zones.Established": ("Established", "设立日期"),
 "ZoneLevel.National": ("National", "国家级"),
 "ZoneLevel.Provincial": ("Provincial", "省级"),
 "Departments.Title": ("Departments", "部门"),
 "Departments.Name": ("Department name", "部门名称"),
 "Departments.Add": ("Add department", "新增部门"),
 "Departments.Staff": ("Staff", "人员数"),
 "Users.Add": ("Add account", "新增账号"),
 "Users.DisplayName": ("Name", "姓名"),
 "Users.Role": ("Role", "角色"),
 "Users.Zone": ("Zone", "园区"),
 "Users.Department": ("Department", "部门"),
 "Users.Created": ("Created", "创建日期"),
 "Users.Supervises": ("Zones supervised", "督导园区"),
 "Users.Unlock": ("Unlock", "解锁"),
 "Users.ResetPassword": ("Reset password", "重置密码"),
 "Users.NewPassword": ("New password", "新密码"),
 "Users.UserNameHelp": ("Letters, digits and - . _ @", "字母、数字及 - . _ @"),
 "Users.PasswordHelp": ("At least 8 characters with upper and lower case, a digit and a symbol", "至少8位，包含大小写字母、数字和符号"),
 "Role.PlatformAdmin": ("Platform admin", "平台管理员"),
 "Role.ZoneAdmin": ("Zone admin", "园区管理员"),
 "Role.Leader": ("Leader", "领导"),
 "Role.Staff": ("Department staff", "部门人员"),
 "Role.ProjectOfficer": ("Project officer", "包联干部"),
 "Role.Enterprise": ("Enterprise user", "企业用户"),
 "Role.Supervisor": ("Supervisor", "上级督导"),
 "Audit.Time": ("Time", "时间"),
 "Audit.User": ("User", "操作人"),
 "Audit.Record": ("Record", "对象"),
 "Audit.Action": ("Action", "操作"),
 "Audit.Changes": ("Before → after", "修改前 → 修改后"),
 "Audit.Period": ("Period", "时间段"),
 "AuditAction.Added": ("Added", "新增"),
 "AuditAction.Modified": ("Changed", "修改"),
 "AuditAction.Deleted": ("Deleted", "删除"),
 "Entity.Zone": ("Zone", "园区"),
 "Entity.Department": ("Department", "部门"),
 "Entity.User": ("Account", "账号"),
 "Entity.IdentityUserRole`1": ("Role assignment", "角色分配"),
 "Entity.SupervisedZone": ("Supervised zone", "督导园区"),
 "Entity.ServerSecret": ("Server key", "服务器密钥"),
 "Entity.DataProtectionKey": ("Data-protection key", "数据保护密钥"),
 "Entity.Role": ("Role", "角色"),
 "Common.Search": ("Search", "搜索"),
 "Common.Export": ("Export to Excel", "导出Excel"),
 "Common.Edit": ("Edit", "编辑"),
 "Common.Delete": ("Delete", "删除"),
 "Common.Save": ("Save", "保存"),
 "Common.Cancel": ("Cancel", "取消"),
 "Common.Saved": ("Saved", "已保存"),
 "Common.Deleted": ("Deleted", "已删除"),
 "Common.Empty": ("Nothing here yet.", "暂无数据。"),
 "Common.Loading": ("Loading…", "加载中…"),
 "Common.Retry": ("Try again", "重试"),
 "Common.Home": ("Back to the workbench", "返回工作台"),
 "Common.RowsPerPage": ("Rows per page", "每页行数"),
 "Validation.Required": ("Required", "必填"),
 "Validation.FixFields": ("Some fields are missing or wrong: see the messages under them.", "部分字段缺失或有误，请查看字段下方的提示。"),
 "NotFound.Title": ("Page not found", "页面不存在"),
 "NotFound.Body": ("There is nothing at this address among the zones you can see.", "在您可查看的园区中没有找到该内容。"),
 "Denied.Title": ("Not allowed", "无权访问"),
 "Denied.Body": ("Your role may not open this page. Ask your zone administrator if you need it.", "您的角色无权打开此页面，如有需要请联系园区管理员。"),
 "Error.Title": ("Something went wrong", "出错了"),
 "Error.Body": ("Something went wrong on our side and nothing was saved. Try again; if it persists, tell the operator.", "系统出现问题，未保存任何内容。请重试；如仍有问题，请联系运维人员。"),
 "Error.Reference": ("Reference", "参考编号"),
 "Error.Load": ("The data could not be loaded. Try again in a minute.", "数据加载失败，请稍后重试。"),
}

def write(path, lang):
    rows = []
    for k, (en, zh) in sorted(S.items()):
        v = en if lang == "en" else zh
        rows.append(f'  <data name="{escape(k, {chr(34): "&quot;"})}" xml:space="preserve">\n    <value>{escape(v)}</value>\n  </data>')
    head = '''<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
'''
    with open(path, "w", encoding="utf-8") as f:
        f.write(head + "\n".join(rows) + "\n</root>\n")

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "Gaoxin", "Resources")
write(os.path.join(root, "SharedResource.resx"), "en")
write(os.path.join(root, "SharedResource.zh-CN.resx"), "zh")
