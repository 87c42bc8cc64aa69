"""Numbers written with digits beyond one run (extract/written.py) and signs said apart. (phrase, expected): see corpus/__init__.py."""

CASES = [
    # --- a slash: a fraction where no date reads it, a mixed number ---
    ("أضف 3/4 كوب من الحليب", [(0.75, "quantity", "cup")]),
    ("يحتاج المزيج ١/٢ لتر من الماء", [(0.5, "quantity", "litre")]),
    ("تكفي ۳/۴ كيلوغرام", [(0.75, "quantity", "kg")]),
    ("أضف 2 1/4 كوب من الدقيق", [(2.25, "quantity", "cup")]),
    ("الميل -4/5 تقريبا", [(-0.8, "count", None, "about")]),
    ("سجل الميزان -١ ٤/٥", [(-1.8, "count", None)]),
    ("وقعت الحادثة في 3/4/2021", []),

    # --- thousands grouped by spaces ---
    ("بلغ عدد سكان الصين 1 414 021 100 نسمة", [(1414021100, "people", "person")]),
    ("استقبل المهرجان ٤٠ ٠٠٠ زائر", [(40000, "people", "person")]),
    ("بلغت الميزانية 12 500 000 يورو", [(12.5e6, "money", "EUR")]),
    ("رقم الهاتف 0522 123 456", []),

    # --- a power of ten, a power ---
    ("وصل عدد الخلايا إلى 1e10", [(1e10, "count", None)]),
    ("قدرت الكتلة بـ ١٢٫٣٢e+١٤", [(1.232e15, "count", None)]),
    ("بلغ المعامل 2.5^-1", [(0.4, "count", None)]),

    # --- bidi marks inside a number; an Arabic comma grouping before a decimal comma ---
    ("بلغ الرصيد 25799\u202a,\u202a52 دينار تونسي", [(25799.52, "money", "TND")]),
    ("بلغت المداخيل 12،220,13 دينار تونسي", [(12220.13, "money", "TND")]),

    # --- a sign apart from its number, below zero ---
    ("- 10 آلاف", [(-10000, "count", None)]),
    ("انخفضت الحرارة إلى 5 درجات تحت الصفر", [(-5, "quantity", "degree")]),
    ("سجلت محطة إفران 3 درجات مئوية تحت الصفر", [(-3, "quantity", "°C")]),
    ("نزلت الحرارة ليلا إلى درجتين تحت الصفر", [(-2, "quantity", "degree")]),
    ("300 وسالب واحد", [(300, "count", None), (-1, "count", None)]),

    # --- zero, which is also the month صفر ---
    ("انتهى الشوط الأول بهدف مقابل صفر", [(0, "count", None)]),
    ("صفر هو 0", [(0, "count", None), (0, "count", None)]),
    ("تقام الاحتفالات في 12 صفر 1446", []),
    ("أربعة آلاف وثلاثمائة وصفر", [(4300, "count", None), (0, "count", None)]),

    # --- a number word with a clitic is a number, not what another counts ---
    ("ارتفعت الأسعار من عشرة لعشرين دولار", [(10, "money", "USD"), (20, "money", "USD")]),
    ("تقلصت الحصيلة من 10 لـ20 قتيلا", [(10, "killed", "person"), (20, "killed", "person")]),
]

CASES += [
    # a ratio a date could be: a fraction only over halves to eighths or in a mixed number
    ("أضف 1 7/12 كوب من الماء", [(1 + 7 / 12, "quantity", "cup")]),
    ("سأعود 11/12", []),
]
