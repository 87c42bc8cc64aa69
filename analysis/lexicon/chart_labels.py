"""The Arabic words the charts show besides the article's own words."""

TIMELINE_TITLE = "الخط الزمني للأحداث"
FIGURES_TITLE = "الأرقام حسب ما تقيسه"
DATED = "أحداث مؤرخة"
UNDATED = "بلا تاريخ معروف (لا تظهر هنا)"
NO_EVENTS = "لا أحداث مؤرخة في هذا النص"
NO_FIGURES = "لا أرقام في هذا النص"
NO_ACTOR = "بلا فاعل محدد"
OTHER_ACTORS = "فاعلون آخرون"

# figure kinds, for a group whose measure is not named
KIND_NAMES = {
    "money": "مبالغ مالية", "percent": "نسب مئوية", "killed": "قتلى", "injured": "جرحى",
    "people": "أشخاص", "quantity": "كميات", "count": "أعداد",
}
