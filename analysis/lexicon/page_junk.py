"""Site boilerplate that scraped article pages carry around the article.

Report, share, read-more, click-here, subscribe, cookie, copyright and comment
lines, in Arabic as news sites write them and in English. Spelling variants of
alef/hamza, ى/ي, ة/ه, diacritics and tatweel are handled by the matcher; English
is matched without regard to case.
"""

# A short line that starts with one of these phrases is page furniture.
# Only phrases that do not open a sentence of news: "شارك" alone could
# ("شارك 300 شخص في…"), so it is in WHOLE_LINE below, not here.
LINE_STARTS = [
    # report / moderation notices
    "شكرا على الإبلاغ", "شكرا لك على الإبلاغ", "شكرا لإبلاغك", "شكرا لتعاونك",
    "أبلغ عن خطأ", "الإبلاغ عن خطأ", "إبلاغ عن خطأ", "الإبلاغ عن محتوى", "أبلغ عن هذا",
    "سيتم حجب هذه", "سيتم حجب هذا", "سيتم إخفاء هذه", "سيتم إخفاء هذا",
    # read more / related
    "اقرأ أيضا", "اقرأ كذلك", "اقرأ المزيد", "اقرأ أكثر", "اقرأ الخبر", "اقرأ المقال",
    "شاهد أيضا", "طالع أيضا", "للمزيد اقرأ", "لمزيد من الأخبار",
    "قد يعجبك أيضا", "قد يهمك أيضا", "ربما يعجبك أيضا", "ننصحك بقراءة",
    # click here / source links
    "انقر هنا", "اضغط هنا", "انقر على الرابط", "اضغط على الرابط", "اضغط للمزيد",
    "لقراءة الخبر من مصدره", "لقراءة المقال كاملا", "لقراءة التفاصيل", "رابط الخبر",
    "رابط مختصر", "الرابط المختصر",
    # subscribe / follow / apps
    "اشترك في النشرة", "اشترك في نشرتنا", "اشترك الآن", "اشترك مجانا", "اشترك في قناة",
    "اشترك في قناتنا", "اشترك ليصلك", "اشترك لتصلك", "سجل الآن", "سجل دخولك",
    "تابعونا على", "تابعنا على", "تابعوا آخر الأخبار", "تابعوا أخبارنا",
    "انضم إلى قناتنا", "انضموا إلى قناتنا", "حمل تطبيق", "نزل تطبيق",
    # share
    "شارك هذا", "شارك المقال", "شارك الخبر", "شارك على", "شارك عبر", "مشاركة عبر",
    "مشاركة على", "انشر على",
    # cookies and privacy
    "نستخدم ملفات تعريف الارتباط", "نستخدم ملفات الكوكيز", "نستخدم الكوكيز",
    "يستخدم هذا الموقع ملفات", "يستخدم موقعنا ملفات", "بمواصلة تصفح", "باستمرارك في تصفح",
    "باستخدامك لهذا الموقع", "سياسة الخصوصية", "سياسة ملفات تعريف الارتباط",
    # copyright
    "جميع الحقوق محفوظة", "كل الحقوق محفوظة", "حقوق النشر محفوظة", "حقوق الطبع محفوظة",
    # comments
    "أضف تعليق", "أضف تعليقا", "اترك تعليقا", "اترك تعليق", "اترك ردا", "كن أول من يعلق",
    "لا توجد تعليقات", "عدد التعليقات",
    # English
    "click here", "read more", "read also", "see also", "related articles", "related news",
    "share this", "share on", "subscribe to", "subscribe now", "sign up for", "follow us",
    "we use cookies", "this website uses cookies", "this site uses cookies", "cookie policy",
    "privacy policy", "all rights reserved", "copyright ©", "report this", "leave a comment",
    "add a comment",
]

# Words and phrases that are furniture only when a line holds nothing else
# (share bars, menus, section labels): "إعلان الحكومة…" is news, "إعلان" alone is not.
WHOLE_LINE = [
    "شارك", "شاركها", "مشاركة", "طباعة", "اطبع", "إعلان", "إعلانات", "مساحة إعلانية",
    "محتوى إعلاني", "فيسبوك", "فيس بوك", "تويتر", "إكس", "واتساب", "واتس اب", "تيليجرام",
    "تلغرام", "لينكد إن", "لينكدإن", "إنستغرام", "انستجرام", "يوتيوب", "تيك توك",
    "البريد الإلكتروني", "نسخ الرابط", "تم نسخ الرابط", "حجم الخط", "تكبير الخط", "تصغير الخط",
    "الرئيسية", "الأكثر قراءة", "الأكثر مشاهدة", "الأكثر تداولا", "الأكثر تعليقا",
    "آخر الأخبار", "أهم الأخبار", "عاجل", "أخبار ذات صلة", "أخبار متعلقة",
    "مواضيع ذات صلة", "مقالات ذات صلة", "موضوعات ذات صلة", "المزيد",
    "صورة أرشيفية", "صورة تعبيرية", "التعليقات", "تعليقات", "تعليق",
    "share", "tweet", "print", "email", "facebook", "twitter", "whatsapp", "telegram",
    "linkedin", "instagram", "youtube", "advertisement", "sponsored", "comments", "home",
    "most read", "related", "more",
]
