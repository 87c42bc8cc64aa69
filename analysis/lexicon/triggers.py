"""Event triggers: the words that say what happened, and the category each
one puts an event in.

Nouns name an event (اجتماع، مناورات، زلزال); verbs are listed as a past and
a present form and conjugated below. An event takes its category from the
noun nearest its date, or from a verb when no noun is there, so that a verb
with two senses (وقّع "signed", وقع "happened") yields to the noun that
follows it (وقع زلزال).

Words without ال also match with it (اجتماع, الاجتماع); words written with
ال only match with it (الدوري "the league", not دوري "periodic"). Plurals
are listed; the accusative ا, duals and possessive endings (قمته) are added
by the matcher.
"""
from __future__ import annotations

CATEGORIES = ["diplomacy", "military", "economy", "security", "disaster", "health",
              "politics and law", "sport", "culture", "other"]

# what a reader of the timeline sees
CATEGORY_NAMES = {
    "diplomacy": "دبلوماسية", "military": "عسكري", "economy": "اقتصاد", "security": "أمن",
    "disaster": "كوارث", "health": "صحة", "politics and law": "سياسة وقانون", "sport": "رياضة",
    "culture": "ثقافة", "other": "أخرى",
}

NOUNS = {
    "diplomacy": [
        "اجتماع", "اجتماعات", "لقاء", "لقاءات", "قمة", "قمم", "زيارة", "زيارات", "محادثات",
        "محادثة", "مباحثات", "مفاوضات", "مؤتمر", "مؤتمرات", "اتفاق", "اتفاقات", "اتفاقية",
        "اتفاقيات", "معاهدة", "معاهدات", "مذكرة تفاهم", "مذكرات تفاهم", "توقيع", "اتصال هاتفي",
        "اتصالا هاتفيا", "مكالمة هاتفية", "مكالمة", "دعوة", "وساطة", "تطبيع", "قطع العلاقات",
        "منتدى", "بيان مشترك", "إعلان مشترك", "جولة", "مبادرة", "استقبال",
    ],
    "military": [
        "مناورات", "مناورة", "تدريبات عسكرية", "تمرين عسكري", "تمارين عسكرية", "طلعة", "طلعات",
        "غارة", "غارات", "قصف", "ضربة", "ضربات", "عملية عسكرية",
        "العملية العسكرية", "عمليات عسكرية", "العمليات العسكرية", "حرب", "حروب", "معركة", "معارك",
        "اشتباك", "اشتباكات", "اجتياح", "غزو", "توغل", "انسحاب", "هدنة", "وقف إطلاق النار",
        "حصار", "تجربة صاروخية", "عرض عسكري", "هجوم صاروخي",
    ],
    "security": [
        "هجوم", "هجمات", "تفجير", "تفجيرات", "انفجار", "انفجارات", "اغتيال", "اعتقال",
        "اعتقالات", "احتجاز", "اختطاف", "عملية إرهابية", "هجوم إرهابي", "إطلاق نار", "طعن",
        "مداهمة", "مداهمات", "جريمة", "سرقة", "تهريب", "اقتحام", "حملة أمنية",
    ],
    "disaster": [
        "زلزال", "زلازل", "هزة أرضية", "فيضان", "فيضانات", "سيول", "إعصار", "أعاصير", "عاصفة",
        "حريق", "حرائق", "انهيار", "حادث", "حوادث", "حادثة", "تسونامي", "بركان", "ثوران",
        "انزلاق", "جفاف", "موجة حر", "كارثة", "كوارث", "غرق", "تحطم",
        "حادث سير", "حادث مرور", "حوادث السير", "حوادث المرور", "تصادم", "اصطدام", "دهس", "انقلاب حافلة",
        "انقلاب سيارة", "انقلاب شاحنة", "انجراف", "انهيارات", "عواصف", "أمطار غزيرة", "ثلوج",
    ],
    "health": [
        "وباء", "جائحة", "تفشي", "لقاح", "لقاحات", "تطعيم", "تلقيح", "كوليرا", "كورونا",
        "كوفيد", "إنفلونزا", "حصبة", "عدوى",
    ],
    "economy": [
        "التبادل التجاري", "تبادل تجاري", "تجارة", "صادرات", "واردات", "استثمار", "استثمارات",
        "صفقة", "صفقات", "عقوبات", "تضخم", "نمو اقتصادي", "ميزانية", "موازنة", "أسعار",
        "بورصة", "إنتاج", "قرض", "قروض", "ديون", "مخزونات", "إيرادات", "أرباح", "إفلاس",
        "رسوم جمركية", "تعريفات جمركية", "مبيعات", "العقود الآجلة",
        "مشاريع", "مشروعات", "صيانة", "تمويل", "اعتمادات", "مناقصة", "مناقصات",
        "خوصصة", "خصخصة", "إصلاحات اقتصادية", "ضريبة", "ضرائب", "الناتج المحلي",
        "سعر الفائدة", "أسعار الفائدة", "سعر الصرف", "أسعار الصرف",
    ],
    "politics and law": [
        "انتخابات", "انتخاب", "اقتراع", "استفتاء", "قانون", "قوانين", "مشروع قانون", "مرسوم",
        "محاكمة", "حكم قضائي", "تحقيقات", "استقالة", "تعيين", "تنصيب", "أداء اليمين",
        "تصويت", "دستور", "تعديل دستوري", "احتجاجات", "مظاهرات", "تظاهرات", "إضراب", "عفو",
        "مصادقة", "انقلاب", "حداد", "محكمة", "المحكمة", "القضاء", "النيابة العامة", "بالسجن", "الإعدام",
        "بالإعدام",
    ],
    "sport": [
        "مباراة", "مباريات", "بطولة", "كأس", "الدوري", "أولمبياد", "الألعاب الأولمبية",
        "مونديال", "سباق", "ماراثون", "ميدالية", "تعادل",
    ],
    "culture": [
        "مهرجان", "معرض", "حفل", "حفلة", "احتفال", "احتفالات", "جائزة", "فيلم", "مسرحية",
        "ندوة", "تكريم", "افتتاح", "جنازة", "قداس",
    ],
}

# (past, present) of regular verbs; conjugated by `verb_forms`.
VERBS = {
    "diplomacy": [("اجتمع", "يجتمع"), ("وقع", "يوقع"), ("استقبل", "يستقبل"),
                  ("تفاوض", "يتفاوض"), ("هاتف", "يهاتف")],
    "military": [("قصف", "يقصف"), ("هاجم", "يهاجم"), ("اجتاح", "يجتاح"), ("انسحب", "ينسحب"),
                 ("اشتبك", "يشتبك")],
    "security": [("اغتال", "يغتال"), ("اعتقل", "يعتقل"), ("اختطف", "يختطف"), ("احتجز", "يحتجز")],
    "disaster": [("انهار", "ينهار"), ("انقلب", "ينقلب"), ("اصطدم", "يصطدم"), ("احترق", "يحترق"),
                 ("تحطم", "يتحطم"), ("غرق", "يغرق")],
    "economy": [("خصص", "يخصص"), ("أنفق", "ينفق"), ("استثمر", "يستثمر"), ("استورد", "يستورد")],
    "politics and law": [("انتخب", "ينتخب"), ("صادق", "يصادق"), ("استقال", "يستقيل")],
    "sport": [("تعادل", "يتعادل")],
    "culture": [("احتفل", "يحتفل")],
}

# Verbs whose forms break the pattern (weak verbs), listed whole.
VERB_FORMS = {
    "diplomacy": ["التقى", "التقت", "التقيا", "التقوا", "يلتقي", "تلتقي", "يلتقيان", "سيلتقي",
                  "زار", "زارت", "زارا", "زاروا", "يزور", "تزور", "سيزور", "ستزور"],
    "military": ["غزا", "غزت", "يغزو"],
    "economy": ["مولت", "يمول", "تمول", "سيمول", "ستمول"],      # not مول (a mall)
}


# Conjugated forms that are, more often, another word: توقع "expected".
AMBIGUOUS_FORMS = {"توقع", "توقعان", "توقعون"}


def verb_forms(past: str, present: str) -> list[str]:
    """The third-person forms news uses: وقع، وقعت، وقعا، وقعوا، يوقع، توقع…، سيوقع."""
    stem = present[1:]
    forms = [past, past + "ت", past + "ا", past + "تا", past + "وا"]
    for person in ("ي", "ت"):
        forms += [person + stem, person + stem + "ان", person + stem + "ون",
                  "س" + person + stem]
    return [f for f in forms if f not in AMBIGUOUS_FORMS]


def _triggers() -> dict[str, tuple[str, bool]]:
    words: dict[str, tuple[str, bool]] = {}
    for category, nouns in NOUNS.items():
        for n in nouns:
            words.setdefault(n, (category, False))
    for category, pairs in VERBS.items():
        for past, present in pairs:
            for f in verb_forms(past, present):
                words.setdefault(f, (category, True))
    for category, forms in VERB_FORMS.items():
        for f in forms:
            words.setdefault(f, (category, True))
    return words


TRIGGERS = _triggers()   # word → (category, is_verb)


# Categories from the figures: people killed or injured re-file an event
# whose trigger does not say how (a bus overturning, انقلاب, is no coup) —
# as a disaster when an accident's word or a vehicle is in its clause, else
# as security; an amount of money files an event with no trigger under economy.
KEEP_WITH_CASUALTIES = {"military", "security", "disaster", "health", "sport"}
ACCIDENT_WORDS = [
    "حادث", "حوادث", "حادثة", "تصادم", "اصطدام", "دهس", "انقلاب", "انقلبت", "انقلب", "انحرفت", "انحراف",
    "حافلة", "حافلات", "شاحنة", "شاحنات", "سيارة", "سيارات", "مركبة", "قطار", "قطارين", "عبارة", "قارب",
    "زورق", "طائرة", "دراجة نارية", "حريق", "حرائق", "غرق", "انهيار", "انفجار غاز", "تسرب غاز", "صعق",
    "سيول", "فيضانات", "زلزال", "عاصفة",
]
ECONOMIC_KINDS = {"money"}        # (they also outweigh a verb: وقعت عقدا بقيمة 300 مليون ريال)
# a percentage or quantity that measures one of these files it under economy too
ECONOMIC_MEASURES = {
    "trade volume", "exports", "imports", "investment", "revenue", "profit", "loss", "budget", "surplus",
    "deficit", "debt", "GDP", "growth", "decline", "inflation", "unemployment", "interest rate",
    "exchange rate", "price", "cost", "value", "aid", "subsidy", "funding", "tax", "wage", "reserves",
    "production", "stocks", "consumption", "market share", "capital", "remittances",
}
