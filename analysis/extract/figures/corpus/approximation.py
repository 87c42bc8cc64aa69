"""Approximation words: kept out of the span, read into approx. (phrase, expected): see corpus/__init__.py."""

CASES = [
    # --- approximation words: kept out of the span, read into approx ---
    ("قدرت الخسائر بحوالي 300 مليون دولار", [(300e6, "money", "USD", "about")]),
    ("قتل نحو 40 شخصا في المعارك", [(40, "killed", "person", "about")]),
    ("شارك في المظاهرة قرابة 2000 شخص", [(2000, "people", "person", "about")]),
    ("استقبلت البلاد ما يقارب 15 ألف لاجئ", [(15000, "people", "person", "about")]),
    ("بلغت الخسائر زهاء 500 مليون يورو", [(500e6, "money", "EUR", "about")]),
    ("بلغت كلفة المشروع ما يناهز 60 مليار درهم مغربي", [(60e9, "money", "MAD", "about")]),
    ("ارتفعت الأسعار بحوالي 4%", [(4, "percent", "%", "about")]),
    ("سقط أكثر من 100 قتيل", [(100, "killed", "person", "more_than")]),
    ("زار المدينة ما يزيد عن 3 ملايين سائح", [(3e6, "people", "person", "more_than")]),
    ("سجل الاقتصاد نموا يتجاوز 7%", [(7, "percent", "%", "more_than")]),
    ("فاقت الخسائر 5 مليارات دولار", [(5e9, "money", "USD", "more_than")]),
    ("بقي التضخم أقل من 2%", [(2, "percent", "%", "less_than")]),
    ("بقيت الصادرات دون 1000 طن", [(1000, "quantity", "ton", "less_than")]),
    ("يتقاضى العمال أجورا تقل عن 500 دولار", [(500, "money", "USD", "less_than")]),
    ("قتل 12 شخصا على الأقل في التفجير", [(12, "killed", "person", "at_least")]),
    ("يحصل العامل على أجر شهري بحد أدنى 3500 شيكل", [(3500, "money", "ILS", "at_least")]),
    ("أعلنت الوزارة مقتل ما لا يقل عن 20 مدنيا", [(20, "killed", "person", "at_least")]),
    ("يمنح البنك قروضا بما يصل إلى 10 ملايين دولار", [(10e6, "money", "USD", "up_to")]),
    ("تعرض المتاجر تخفيضات حتى 70%", [(70, "percent", "%", "up_to")]),
    ("ارتفعت الصادرات بنحو 9 بالمائة", [(9, "percent", "%", "about")]),
    ("بلغت الحصيلة 31 قتيلا", [(31, "killed", "person", None)]),

    # --- comparisons stated before a number ---
    ("شارك في الاحتجاج أكثر من 190", [(190, "count", None, "more_than")]),
    ("حددت نسبة لا تقل عن 50 بالمئة", [(50, "percent", "%", "at_least")]),
]

CASES += [
    # وأكثر after a figure says "or more", unless من follows: then it opens the next figure
    ("ارتفعت حصيلة التفجير في السوق إلى 27 قتيلا وأكثر من 60 جريحا",
     [(27, "killed", "person"), (60, "injured", "person", "more_than")]),
    ("تضرر 300 منزل وأكثر جراء السيول في ولاية نهر النيل", [(300, "count", "house", "at_least")]),
    ("بلغت المساعدات 5 ملايين دولار وأكثر من 3 آلاف طن من الأغذية",
     [(5e6, "money", "USD"), (3000, "quantity", "ton", "more_than")]),
]

CASES += [
    ("يعيش ما ينيف عن مليون لاجئ في المخيمات", [(1e6, "people", "person", "more_than")]),
]

CASES += [
    # a verb of excess or shortfall, negated, with its subject between it and the figure
    ("تعفى الشقق التي لا تزيد مساحتها على 150 مترا مربعا من الرسوم", [(150, "quantity", "m2", "up_to")]),
    ("يشترط ألا يتجاوز عدد أعضاء الوفد 40 شخصا", [(40, "people", "person", "up_to")]),
    ("يمنح الترخيص للمؤسسات على ألا يقل عدد عمالها عن 50 عاملا", [(50, "people", "person", "at_least")]),
    ("لم يتجاوز عدد زوار المعرض ٣ آلاف زائر", [(3000, "people", "person", "up_to")]),
]
