# Strings added on main by the lead (session 4).
S = {
 "Login.DemoEnterprise": ("a sample enterprise's account in Chengde (its file, calculator, applications)", "承德示例企业（企业档案、政策计算器、申报）"),
}
