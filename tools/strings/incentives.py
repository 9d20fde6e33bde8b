# UI strings of the enterprise's own application (快申快享 from its account).
S = {
 "Grant.Err.EnterpriseOnly": ("Only an enterprise account bound to its file applies for itself here; staff apply for an enterprise on the grants page.", "仅绑定企业档案的企业账号可在此为本企业申请；工作人员请在兑付管理页代企业申请。"),
 "Grant.Err.Missing": ("Answer \"{0}\": the policy cannot be decided without it.", "请填写“{0}”：缺少此项无法判断是否符合政策。"),
 "Nav.MyGrants": ("My applications", "我的申请"),
 "MyGrants.Intro": ("Your applications (快申快享) and benefits found for you without application (免申即享), with every step: applied → first review → second review → public notice → payout.", "本企业的申请（快申快享）及免申即享事项，逐步显示：申请 → 初审 → 复审 → 公示 → 兑付。"),
 "MyGrants.Empty": ("No applications yet: run the policy calculator and apply for a policy you qualify for.", "暂无申请：请使用政策计算器，对符合条件的政策直接申请。"),
 "MyGrants.NotEnterprise": ("This page is for enterprise accounts; staff follow applications on the grants page.", "本页面供企业账号使用；工作人员请在兑付管理页查看申请。"),
 "MyGrants.Applied": ("Applied: {0}, {1}.", "已提交申请：{0}，{1}。"),
 "Calc.Apply": ("Apply", "申请"),
 "GrantAction.Apply": ("applied", "提交申请"),
 "GrantAction.Propose": ("proposed without application", "免申即享生成"),
 "GrantAction.FirstApprove": ("first review passed", "初审通过"),
 "GrantAction.Approve": ("second review passed", "复审通过"),
 "GrantAction.Publicize": ("public notice until", "公示至"),
 "GrantAction.Pay": ("paid", "已兑付"),
 "GrantAction.Reject": ("rejected", "未通过"),
}
