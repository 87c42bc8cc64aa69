"""The dead, the wounded, and the people a noun or its clause says are neither. (phrase, expected): see corpus/__init__.py."""

CASES = [
    # --- killed ---
    ("سقوط 27 شهيدا على الأقل في قصف على غزة", [(27, "killed", "person", "at_least")]),
    ("لقي 12 شخصا مصرعهم في حادث سير", [(12, "killed", "person")]),
    ("مصرع 5 أشخاص في انهيار منزل", [(5, "killed", "person")]),
    ("ارتفعت حصيلة ضحايا الزلزال إلى 2150 شخصا", [(2150, "killed", "person")]),
    ("أودى الحريق بحياة 17 شخصا", [(17, "killed", "person")]),
    ("أعلنت الوزارة وفاة 8 أشخاص بسبب موجة الحر", [(8, "killed", "person")]),
    ("أسفر القصف عن 64 قتيلا", [(64, "killed", "person")]),
    ("خلفت المعارك 120 قتيلا و300 جريح", [(120, "killed", "person"), (300, "injured", "person")]),
    ("خلف الفيضان 14 ضحية", [(14, "killed", "person")]),
    ("سجلت وزارة الصحة 23 وفاة بالكوليرا", [(23, "killed", "person")]),
    ("ارتفع عدد الشهداء إلى 350 شهيدا", [(350, "killed", "person")]),
    ("قتل 9 مدنيين في غارة", [(9, "killed", "person")]),
    ("أسفرت الاشتباكات عن سقوط بين 10 و20 قتيلا", [(10, "killed", "person"), (20, "killed", "person")]),

    # --- injured ---
    ("أسفر الحادث عن إصابة 40 شخصا بجروح", [(40, "injured", "person")]),
    ("أصيب 12 شخصا في انفجار قنينة غاز", [(12, "injured", "person")]),
    ("خلف التدافع 15 جريحا", [(15, "injured", "person")]),
    ("نقل 9 مصابين إلى المستشفى", [(9, "injured", "person")]),
    ("ارتفع عدد الجرحى إلى 230 جريحا", [(230, "injured", "person")]),
    # an active verb (أصاب، أردى) and a coordinated clause: each figure takes its own clause's word
    ("قتل 12 شخصا وأصاب 57 آخرين في الانفجار", [(12, "killed", "person"), (57, "injured", "person")]),
    ("أردى القناص ثلاثة مدنيين وأصاب اثنين آخرين", [(3, "killed", "person"), (2, "injured", "person")]),
    ("أصيب 3 أشخاص وقتل 2 آخران في حي الميدان بدمشق", [(3, "injured", "person"), (2, "killed", "person")]),
    ("وأصابت الغارة ١٤ طفلا بجروح في ريف إدلب", [(14, "injured", "person")]),
    # a bare number after a word of death or wounds and an approximation; بجروح is what befell them
    ("قتل 27 شخصا على الأقل وأصيب أكثر من 60 في تفجير سوق شعبية ببغداد", [(27, "killed", "person"), (60, "injured", "person")]),
    ("أصيب ما لا يقل عن 45 في حادث سير على الطريق السيار", [(45, "injured", "person")]),
    ("قضى نحو ٣٠ في الغارة وأصيب 60 بجروح متفاوتة", [(30, "killed", "person"), (60, "injured", "person")]),
    # the next count of a list, bare, after و and before a ب-phrase as the first
    ("أسفرت المواجهات عن إصابة 23 فلسطينيا بالرصاص الحي و110 بالاختناق", [(23, "injured", "person"), (110, "injured", "person")]),
    ("قتل 5 أشخاص بالرصاص و3 بالقصف المدفعي في ريف حماة", [(5, "killed", "person"), (3, "killed", "person")]),
    ("عثرت فرق الدفاع المدني على رفات 17 شخصا في مقبرة جماعية غربي الموصل", [(17, "killed", "person")]),
    # اثنان after a dual agrees with it: one figure
    ("فيما أصيب منتسبان اثنان بانفجار عبوة ناسفة في كركوك", [(2, "injured", "person")]),
    # cases of a disease the sentence named before them
    ("سجلت الوزارة 128 إصابة جديدة بفيروس كورونا، ليرتفع العدد الإجمالي إلى 1.7 مليون إصابة",
     [(128, "people", "person"), (1700000, "people", "person")]),

    # --- killed, injured, and the people a noun says are neither ---
    ("عثر على 3 متوفين داخل المنزل", [(3, "killed", "person")]),
    ("سقط 9 صرعى في الاشتباكات", [(9, "killed", "person")]),
    ("خلف الهجوم 5 قتلى و11 مجروحا", [(5, "killed", "person"), (11, "injured", "person")]),
    ("انتشلت فرق الإنقاذ 7 غرقى و12 ناجيا", [(7, "killed", "person"), (12, "people", "person")]),
    ("أنقذ الدفاع المدني 30 عالقا في السيول التي أودت بحياة 4 أشخاص",
     [(30, "people", "person"), (4, "killed", "person")]),
    ("سجلت 50 حالة اختناق جراء الحريق", [(50, "injured", "person")]),
    ("ارتفعت حصيلة القتلى إلى 36 جراء الغارات", [(36, "killed", "person")]),
    ("نزح نحو 2000 نازح إلى المدارس", [(2000, "people", "person", "about")]),
    # the rescued and the missing, nearer than a word of death, are no toll
    ("لقي 12 شخصا حتفهم، فيما أنقذت فرق الدفاع المدني 23 شخصا", [(12, "killed", "person"), (23, "people", "person")]),
    ("غرق 5 أشخاص وفقد 13 آخرون قبالة السواحل", [(5, "killed", "person"), (13, "people", "person")]),
    ("انتشلت الفرق 9 جثث، ولا يزال 4 أشخاص في عداد المفقودين", [(9, "killed", "person"), (4, "people", "person")]),
    ("أصيب 12 شرطيا بالحجارة، وأوقفت القوى الأمنية تسعة أشخاص", [(12, "injured", "person"), (9, "people", "person")]),
    ("قال الهلال الأحمر إنه أسعف 21 شخصا في المكان", [(21, "injured", "person")]),
    ("انهار 120 مسكنا في الفيضانات", [(120, "count", "house")]),
    ("بلغ عدد النازحين 10 ملايين شخص، بينهم نحو 7 ملايين نزحوا داخليا",
     [(1e7, "people", "person"), (7e6, "people", "person", "about")]),
    ("سجلت المستشفيات 2760 حالة إجهاد حراري", [(2760, "people", "person")]),
    ("سجلت الولاية أثقل حصيلة بست وفيات في حوادث المرور", [(6, "killed", "person")]),
    ("يضم البلد ٣٣٣ مديرية", [(333, "count", "district")]),
    ("انقسمت البلاد لتنشأ حكومتان متنافستان", [(2, "count", "government")]),
    ("بلغ عدد ليالي المبيت 21,3 مليون ليلة", [(21.3e6, "count", "night")]),
    # basis points are hundredths of a percentage point
    ("خفض البنك المركزي أسعار الفائدة بواقع 300 نقطة أساس", [(3, "percent", "%")]),
    ("يتوقع المحللون رفعا يتراوح بين 100 و200 نقطة أساس", [(1, "percent", "%"), (2, "percent", "%")]),
    # منهم after a number: a count of people
    ("خصصت الحكومة 5 ملايين دينار أردني للعمال، الذين استفاد نحو 180 ألفا منهم",
     [(5e6, "money", "JOD"), (180000, "people", "person", "about")]),
    ("بلغت مساحة المشروع 96 ألف قدم مربعة", [(96000, "quantity", "sq ft")]),
    ("بلغ عدد العاطلين 412 ألفا منهم 289 ألف ذكر و123 ألف أنثى",
     [(412000, "people", "person"), (289000, "people", "person"), (123000, "people", "person")]),
    ("وكان زلزالان قد ضربا المنطقة وتلتهما 40 هزة ارتدادية", [(2, "count", "earthquake"), (40, "count", "aftershock")]),
    ("وزعت المساعدات على محافظات المملكة الـ12", [(12, "count", None)]),
    ("ارتكبت القوات 4 مجازر في المخيم", [(4, "count", "massacre")]),
    ("سجلت الفرق أكثر من 190 حالة إغماء بسبب الحر", [(190, "people", "person", "more_than")]),
    # a poisoning is a case of illness, not a wound
    ("أصيب 12 تلميذا بتسمم غذائي", [(12, "people", "person")]),

]

CASES += [
    # lives lost after the people counted: the dead
    ("فقد 27 مليون مواطن سوفياتي حياتهم خلال الحرب", [(27e6, "killed", "person")]),
    ("خسر 4 عمال أرواحهم في انهيار المنجم", [(4, "killed", "person")]),
    # the dual of a noun in ـي, and a noun in ـين before اثنين
    ("قتل في الغارة قياديان في الحركة", [(2, "killed", "person")]),
    ("أعلن الجيش مقتل مسلحين اثنين في اشتباك بريف إدلب", [(2, "killed", "person")]),
]

CASES += [
    # the dead of a disease stay dead; a word of death between a total and منها decides
    ("توفي 14 شخصا بالكوليرا في ولاية القضارف", [(14, "killed", "person")]),
    ("رصدت الوزارة 860 إصابة بالحصبة توفي منها 9 أطفال", [(860, "people", "person"), (9, "killed", "person")]),
]

CASES += [
    ("اعتقلت قوات الاحتلال 112 مقدسيا خلال الشهر", [(112, "people", "person")]),
]
