"""Fractions said with two numbers or a denominator word (extract/fractions.py). (phrase, expected): see corpus/__init__.py."""

CASES = [
    # --- a numerator, على / من / من كل / في, a denominator: one share, no counted noun ---
    ("صوت واحد من كل ثلاثة ناخبين لصالح المرشح", [(1 / 3, "count", None)]),
    ("يعاني طفل واحد من كل خمسة من سوء التغذية", [(0.2, "count", None)]),
    ("تبلغ نسبة النجاح 2 من 5 فقط", [(0.4, "count", None)]),
    ("بلغت حصة الحزب ٢ من ٥", [(0.4, "count", None)]),
    ("انخفض الاحتمال إلى 1 على 3", [(1 / 3, "count", None)]),
    ("قدرت فرص النجاح بـ ١ على ٣", [(1 / 3, "count", None)]),
    ("تبلغ احتمالات الفوز ۱ على ۴", [(0.25, "count", None)]),
    ("يصاب 1 في 21 من السكان", [(1 / 21, "count", None)]),
    ("تبلغ نسبة الخطأ واحد جزء من مئة", [(0.01, "count", None)]),
    ("لا يتجاوز الفارق جزء من مئة", [(0.01, "count", None, "up_to")]),
    # the partitive stays two counts: three of twelve students, three in ten days
    ("سافر 3 من 12 طالبا", [(3, "count", None), (12, "people", "person")]),
    ("قتل خمسة من الجنود في الهجوم", [(5, "killed", "person")]),
    ("يصل عدد الضحايا إلى 3 في 10 أيام", [(3, "killed", "person")]),

    # --- a denominator word after an integer, nothing counted after it ---
    ("قرأ ثلاثة وعشرون خمس من الكتاب", [(4.6, "count", None)]),
    ("أنجز مئة وثلاثون أخماس العمل", [(26, "count", None)]),
    ("يبلغ نصيبه واحد وعشرون أخماس", [(4.2, "count", None)]),
    ("بلغ طول النفق مئة وثلاثة أرباع كيلومتر", [(100.75, "quantity", "km")]),

    # --- an integer, و and a fraction word (or its dual after tens) ---
    ("حصل كل وارث على ثلاثة وخمس", [(3.2, "count", None)]),
    ("دفع مئة وثلاثون وخمسين ريال", [(130.4, "money", "SAR")]),
    # خمس is five where it counts: a range, a duration, a count
    ("حكم عليه بالسجن بين ثلاث وخمس سنوات", []),
    ("أغلقت السلطات خمس مدارس", [(5, "count", "school")]),
    ("سجن خمس سنوات", []),

    # --- a denominator alone before a definite word: a share of it ---
    ("أكل خمس الفطيرة", []),
    ("يعادل خمس العشرين", [(4, "count", None)]),
]

CASES += [
    # و and a fifth after من (not a range: من … إلى is)
    ("اشترت العائلة ثلاثة وخمس كيلوغرام من اللحم", [(3.2, "quantity", "kg")]),
]

CASES += [
    # a unit with no number, then و and a fraction: one and that much
    ("اشترى لتر ونصف من الحليب", [(1.5, "quantity", "litre")]),
    ("قطع العداء كيلومتر و نص", [(1.5, "quantity", "km")]),
    ("دفع دولار وربع ثمنا للتذكرة", [(1.25, "money", "USD")]),
    ("دامت الرحلة ساعة ونصف", []),
    ("اشترى 3 لترات من الحليب", [(3, "quantity", "litre")]),
]

CASES += [
    # parts of a whole: the parts may outnumber it, and may be named again after it
    ("حذف مئة أجزاء من خمسة وثلاثين", [(100 / 35, "count", None)]),
    ("قسمت الأرض فأخذ كل وارث جزءا من 21 جزءا", [(1 / 21, "count", None)]),
    ("خصص جزء من 100 مليون دولار للتعليم", [(100e6, "money", "USD")]),
]

CASES += [
    # من after what something changed to is "from": no ratio
    ("انخفض عدد المصابين إلى 30 من 45", [(30, "injured", "person"), (45, "injured", "person")]),
    ("تراجع عدد القتلى لـ3 من 5", [(3, "killed", "person"), (5, "killed", "person")]),
]

CASES += [
    # a denominator after hundreds counted apart; a ratio of hundreds
    ("كم يساوي خمسة وتسعون مائة خمس ؟", [(1900, "count", None)]),
    ("قسم خمسة وتسعون مائة على خمسة", [(1900, "count", None)]),
]
