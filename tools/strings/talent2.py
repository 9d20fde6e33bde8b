# Talent pages: the post-a-need dialog (branch talent2).
S = {
    "Talent.PostNeed": ("Post a need", "发布需求"),
    "Talent.NeedDescription": ("Description", "需求描述"),
    "Talent.NeedPosted": ("Need posted.", "需求已发布。"),
    "Talent.Err.DeadlineFormat": ("Enter the deadline as yyyy-MM-dd.", "请按 yyyy-MM-dd 填写截止日期。"),
    "Talent.AddPerson": ("Add a person", "新增人才"),
    "Talent.PersonAdded": ("Person added to the pool.", "已加入人才库。"),
    "Talent.Gender": ("Gender", "性别"),
    "Talent.BirthYear": ("Birth year", "出生年份"),
    "Talent.Email": ("Email", "电子邮箱"),
    "Talent.FieldsHelp": ("Separate fields with 、 or commas", "多个领域用“、”或逗号分隔"),
}
