"""Words that do not tell which fact a figure states.

When two articles are compared, a figure of one is paired with a figure of
the other by the words around them (analysis/compare.py). These words are
left out of that comparison: they stand near any figure (function words,
reporting verbs, time words) or they only say the figure's kind or unit,
which is compared on its own (قتيل، شخص، دولار). Written in their base form;
the matcher folds spelling variants and strips clitics and plural endings.
"""

FUNCTION_WORDS = """
في من إلى الى على عن مع بين حتى منذ خلال بعد قبل عند لدى نحو حوالي قرابة
ما لا لم لن قد أن إن كان كانت يكون تكون التي الذي الذين اللذين هذا هذه ذلك تلك
هو هي هم هن كما أو ثم فيما بينما أيضا كل بعض جميع عدد أكثر أقل يقارب يزيد
ليس غير سوى إلا أي وفق وفقا حسب بحسب إثر جراء بسبب نتيجة ضمن لها له لهم
منها منه عليها عليه فيها فيه بها به إنه أنه أنها إنها ولا وما آخر أخرى الآن
""".split()

REPORTING_WORDS = """
قال قالت يقول تقول أعلن أعلنت يعلن أفاد أفادت ذكر ذكرت أكد أكدت أشار أشارت
أضاف أضافت أوضح أوضحت صرح صرحت نقل نقلت مصدر مصادر مسؤول مسؤولون بيان تقرير
وكالة وكالات أنباء رسمي رسمية محلي محلية
""".split()

TIME_WORDS = """
يوم اليوم أمس غدا الأسبوع شهر الشهر عام العام سنة السنة الماضي الماضية المقبل
المقبلة الجاري الجارية الحالي الحالية صباح مساء ليلة
""".split()

# the words that only say a figure's kind or unit: its kind and unit are compared anyway
KIND_WORDS = """
قتل قتلى قتيل مقتل لقي مصرع حتف شهيد شهداء استشهد استشهاد ضحية ضحايا وفاة وفيات
توفي حصيلة جريح جرحى إصابة إصابات مصاب أصيب شخص أشخاص فرد أفراد نسمة
ارتفع ارتفعت بلغ بلغت وصل وصلت سقط سقوط أسفر أسفرت
دولار يورو درهم دينار ريال جنيه ليرة روبل يوان عملة مبلغ قيمة
ألف آلاف مليون ملايين مليار مليارات بليون تريليون
نسبة بالمئة بالمائة المئة المائة
""".split()

WORDS = FUNCTION_WORDS + REPORTING_WORDS + TIME_WORDS + KIND_WORDS
