# Talent pages: the post-a-need dialog (branch talent2).
S = {
    "Talent.PostNeed": ("Post a need", "发布需求"),
    "Talent.NeedDescription": ("Description", "需求描述"),
    "Talent.NeedPosted": ("Need posted.", "需求已发布。"),
    "Talent.Err.DeadlineFormat": ("Enter the deadline as yyyy-MM-dd.", "请按 yyyy-MM-dd 填写截止日期。"),
}
