"""How a number with no unit borrows one from what stands around it.

AMONG stands before it, OF_THEM after it: it counts what the figure before
counts (بينهم أربعة، 150 ألف سيارة مقابل 120 ألفا، 40 عضوا من أصل 45، رفضت
12 منها). RANGE joins it to a number that has a unit (بين 10 و20 قتيلا،
7 من أصل 10 مشاريع).
AGAINST puts it against a currency: an exchange rate (90 مقابل الدولار).
COUNT_OF names in its clause what is counted (بلغ عدد القتلى 50), and
THEIR_NUMBER points back to the noun its clause named (الناخبين البالغ
عددهم 17 مليونا).
"""

AMONG = ["بينهم", "بينها", "بينهن", "منهم", "منها", "منهن", "من بينهم", "من بينها", "من ضمنهم",
         "مقابل", "من أصل", "من بين", "من مجموع"]
OF_THEM = ["منها", "منهم", "منهن"]
OF_PEOPLE = ["منهم", "منهن"]          # of them, people (منها is of things)
RANGE = ["-", "–", "—", "و", "أو", "إلى", "الى", "حتى", "و حتى", "و إلى", "من أصل", "من بين", "من مجموع",
         "ل", "لـ"]                                      # من عشرة لعشرين دولار، من 10 لـ20 قتيلا
AGAINST = ["مقابل", "أمام"]
COUNT_OF = ["عدد", "حصيلة"]
THEIR_NUMBER = ["عددهم", "عددها", "عددهن"]
