# Strings added on main by the lead (session 4).
S = {
 "Login.DemoEnterprise": ("a sample enterprise's account in Chengde (its file, calculator, applications)", "承德示例企业（企业档案、政策计算器、申报）"),
}
S.update({
 "Cal.Fallback": ("Years not loaded: schedule on Monday–Friday (flagged) instead of refusing", "未载入年份按周一至周五排期（予以提示），不拒绝"),
 "Sched.FallbackYears": ("The State Council arrangement for {0} is not loaded: those days were counted Monday–Friday, without holidays. Load the year in the working calendar when its notice is out.", "{0} 年的国务院放假安排尚未载入：这些日期按周一至周五计算，未计节假日。通知发布后请在工作日历中载入该年。"),
})
S.update({
 "Eval.SourceKind.services": ("Service desk: answered in time", "一站式服务按期答复率"),
 "Chain.GapMap": ("Map of gaps", "缺链图"),
 "Chain.GapMap.Hint": ("Every link of every chain as a tile: red missing, amber weak, green strong; the size is its enterprises. Click a zone or chain to zoom in.", "各产业链每个环节一格：红色缺链、黄色弱链、绿色强链，面积为企业数。点击园区或产业链可放大查看。"),
 "Chain.Delete.Title": ("Delete the chain", "删除产业链"),
 "Chain.Delete.Confirm": ("Delete {0} with its links, placements and targets? Projects placed on it must be removed first.", "删除“{0}”及其环节、落位和招商目标？已落位项目的产业链须先移除项目。"),
 "Chain.Delete.Done": ("{0} deleted", "已删除“{0}”"),
 "Eval.SourceKind.starts": ("Projects started (stage history)", "新开工项目（项目阶段记录）"),
 "Eval.Source.starts": ("stage history: {0} of the department's projects moved to 开工 (started) in the month", "项目阶段记录：本部门本月新开工项目 {0} 个"),
 "Eval.Source.services": ("service desk: {0} of {1} requests routed to the department and due in the month were answered by their due date", "一站式服务：本月到期的本部门承办事项 {1} 件，按期答复 {0} 件"),
})
