"""The small words events are cut and joined by.

Two date mentions name one period when a range word or an equivalence word
stands between them (من 30 أغسطس وحتى 5 سبتمبر 2022؛ بين X وY؛
… هـ الموافق 22 فبراير 2018). A label does not end on a word that only
leads to what follows it.
"""

RANGE_WORDS = ["حتى", "إلى", "لغاية", "غاية"]           # after an optional و
BETWEEN = "بين"                                        # بين X وY
PERIOD_NOUNS = ["يوم", "عام", "سنة", "شهر"]            # may stand between بين and the date
EQUIVALENCE_WORDS = ["الموافق", "موافق", "الموافقة", "الموافق لـ", "الموافق ل"]

# words a label is not left ending on
DANGLING = ["و", "في", "من", "إلى", "على", "عن", "مع", "خلال", "بين", "التي", "الذي", "منذ", "حتى", "أن"]
