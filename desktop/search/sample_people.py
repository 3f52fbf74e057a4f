"""Realistic multi-script participants for benchmarks and demos of search.

Thirty-odd delegations of a BRICS municipal forum, names in their own scripts with the
Latin form a passport would carry, drawn from small pools on purpose: thousands of Wangs,
Ivanovs, Kumars and Nguyens make search hard in the way a real forum does.
"""

from __future__ import annotations

import logging
import random
from dataclasses import dataclass

from desktop.text.translit import to_latin

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SamplePerson:
    """One generated participant: native and Latin full names, parts, code and delegation."""

    id: str
    native: str
    latin: str
    given: str
    family: str
    code: str
    country: str
    organisation: str
    script: str


def _w(text: str) -> list[str]:
    """Split a space-separated pool."""
    return text.split()


_RU_M = _w(
    "Иван Сергей Алексей Дмитрий Андрей Михаил Николай Пётр Юрий Евгений Илья Артём Владимир Олег"
)
_RU_F = _w("Анна Мария Елена Ольга Наталья Татьяна Юлия Ксения Ирина Светлана Дарья Людмила")
_RU_FAM = _w(
    "Иванов Смирнов Кузнецов Попов Семёнов Петров Соколов Михайлов Новиков Фёдоров Морозов "
    "Волков Алексеев Лебедев Козлов Щербаков Жуков Цветков Яковлев Юдин Зайцев Соловьёв Белов"
)
_TT_M = _w("Ильсур Рустам Айдар Ринат Марат Ильдар Раис Фарид Тимур Радик")
_TT_F = _w("Гульнара Алсу Резеда Эльмира Лейсан Гузель Диляра Чулпан")
_TT_FAM = _w(
    "Метшин Минниханов Шайхразиев Хабибуллин Гарипов Зарипов Сафин Галиев Нуриев Валиев Гайнуллин"
)
_KZ_M = _w("Нурлан Ерлан Бауыржан Асхат Данияр Серик")
_KZ_F = _w("Айгерим Асель Жанар Динара Камила")
_KZ_FAM = _w("Сейткали Жумабаев Нурпеисов Касымов Ахметов Тулегенов")
_CN_FAM = _w("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 欧阳 司马 吕 曾")
_CN_GIV = _w(
    "伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀英 桂英 志强 建华 晓明 文 华 平 红 霞 小龙 海燕 国庆"
)
_AR_M = _w("محمد أحمد علي حسن عمر خالد يوسف إبراهيم مصطفى طارق جمال فيصل سلطان سعيد كريم")
_AR_F = _w("فاطمة عائشة مريم زينب نور سارة ليلى")
_AR_FAM = _w("الهاشمي المنصوري الشمري العلي حداد نجار خوري عباس منصور ناصر صالح")
_FA_M = _w("علی محمد رضا حسین مهدی امیر")
_FA_F = _w("زهرا فاطمه مریم پریسا")
_FA_FAM = _w("رضایی حسینی محمدی احمدی کریمی موسوی جعفری رحیمی تهرانی نوری")
_HI_M = _w("राजेश सुनील अमित राहुल विजय संजय दीपक अर्जुन रवि मनोज")
_HI_F = _w("प्रिया अनीता सुनीता लक्ष्मी पूजा नेहा कविता")
_HI_FAM = _w("कुमार शर्मा सिंह गुप्ता वर्मा पटेल यादव मिश्रा जोशी रेड्डी")
_AM_GIV = _w("አበበ ሰላማዊት ዮሐንስ ተስፋዬ መሰረት ሄኖክ ብርሃኑ ትግስት ዳዊት ሀና")
_AM_FAM = _w("ቢቂላ ገብሬ ታደሰ ኃይሌ አለሙ በቀለ ወልዴ ደስታ")
_TH_GIV = [("สมชาย", "Somchai"), ("สมศักดิ์", "Somsak"), ("วิชัย", "Wichai"), ("สุดา", "Suda"),
           ("มาลี", "Malee"), ("ประยุทธ์", "Prayut"), ("อนงค์", "Anong"), ("ณัฐพล", "Nattapon")]  # fmt: skip
_TH_FAM = [("ใจดี", "Jaidee"), ("ศรีสุข", "Srisuk"), ("วงศ์สวัสดิ์", "Wongsawat"),
           ("แก้วมณี", "Kaewmanee"), ("บุญมา", "Boonma"), ("สุขสวัสดิ์", "Suksawat")]  # fmt: skip
_VI_FAM = _w("Nguyễn Trần Lê Phạm Hoàng Phan Vũ Đặng Bùi Đỗ")
_VI_MID = _w("Văn Thị Đức Minh Ngọc")
_VI_GIV = _w("Hương Anh Dũng Hùng Lan Linh Tuấn Mai Thảo Quang")
_TR_GIV = _w("Mehmet Mustafa Ahmet Ayşe Fatma Emine İsmail Hüseyin Zeynep Elif Çağlar Gökhan")
_TR_FAM = _w("Yılmaz Kaya Demir Şahin Çelik Yıldız Öztürk Aydın Işık Doğan")
_LATIN_POOLS: dict[str, tuple[list[str], list[str], int]] = {
    # country: (given, family, family names per person)
    "Brazil": (
        _w("João José Maria Ana Luís Gabriel Lucas Fernanda Juliana Paulo"),
        _w("Silva Santos Oliveira Souza Pereira Costa Rodrigues Almeida Gonçalves Araújo"),
        2,
    ),
    "Argentina": (
        _w("Alejandro Sofía Javier Lucía Carmen Andrés Martín Valentina"),
        _w("García Fernández González Rodríguez López Martínez Sánchez Pérez Muñoz"),
        2,
    ),
    "Mexico": (
        _w("José Guadalupe Ximena Santiago Mateo Camila Diego"),
        _w("Hernández García Martínez López González Pérez Ramírez Flores"),
        2,
    ),
    "Cuba": (_w("Yoandri Yaneisy Osmany Dayami Ernesto"), _w("Díaz Pérez Rodríguez Castro"), 2),
    "South Africa": (
        _w("Thabo Sipho Nomvula Lindiwe Themba Zanele Pieter Johan Sarah David"),
        _w("Nkosi Dlamini Ndlovu Khumalo Mthembu Botha Smith Naidoo Zulu Mokoena"),
        1,
    ),
    "Indonesia": (
        _w("Budi Siti Agus Dewi Wahyu Putri"),
        _w("Santoso Wijaya Saputra Hidayat Kusuma"),
        1,
    ),
    "Nigeria": (
        _w("Chinedu Ngozi Oluwaseun Adebayo Emeka Funmilayo"),
        _w("Okafor Adeyemi Okonkwo Balogun Eze"),
        1,
    ),
    "Kenya": (_w("Wanjiru Otieno Achieng Kamau Njeri"), _w("Mwangi Odhiambo Kariuki Wanjala"), 1),
    "Malaysia": (_w("Ahmad Nurul Siti Hafiz Aisyah"), _w("Abdullah Rahman Ismail Hassan"), 1),
    "Uzbekistan": (
        _w("Dilshod Gulnora Shavkat Malika Jasur"),
        _w("Karimov Yusupov Rashidov Tashkentova"),
        1,
    ),
    "Serbia": (
        _w("Nikola Jelena Marko Milica Stefan"),
        _w("Jovanović Petrović Nikolić Đorđević"),
        1,
    ),
    "Mongolia": (_w("Bat-Erdene Oyunchimeg Ganbold Saruul"), _w("Batbayar Tsogt Enkhbayar"), 1),
    "Bolivia": (_w("Evo Wilma Juan Rosa"), _w("Mamani Quispe Condori Choque"), 2),
    "Venezuela": (_w("Yusneidy Carlos Andreína Luis"), _w("Rojas Mendoza Guerrero"), 2),
}
_CITIES = {
    "Russia": ["Moscow", "St Petersburg", "Novosibirsk", "Yekaterinburg"],
    "Tatarstan": ["Kazan", "Naberezhnye Chelny", "Almetyevsk"],
    "Belarus": ["Minsk", "Brest"],
    "Kazakhstan": ["Astana", "Almaty"],
    "China": ["Beijing", "Shanghai", "Shenzhen", "Chengdu", "Wuhan"],
    "Egypt": ["Cairo", "Alexandria"],
    "UAE": ["Abu Dhabi", "Dubai"],
    "Saudi Arabia": ["Riyadh", "Jeddah"],
    "Iran": ["Tehran", "Isfahan"],
    "India": ["New Delhi", "Mumbai", "Bengaluru", "Kolkata"],
    "Ethiopia": ["Addis Ababa"],
    "Thailand": ["Bangkok", "Chiang Mai"],
    "Vietnam": ["Hanoi", "Ho Chi Minh City"],
    "Turkey": ["Ankara", "Istanbul"],
}
# Country weights: BRICS hosts and large delegations dominate, like a real forum.
_WEIGHTS = {
    "Russia": 14, "Tatarstan": 8, "Belarus": 2, "Kazakhstan": 3, "China": 18, "India": 9,
    "Egypt": 3, "UAE": 2, "Saudi Arabia": 2, "Iran": 3, "Ethiopia": 3, "Thailand": 2,
    "Vietnam": 4, "Turkey": 3, "Brazil": 7, "Argentina": 2, "Mexico": 2, "Cuba": 1,
    "South Africa": 5, "Indonesia": 2, "Nigeria": 1, "Kenya": 1, "Malaysia": 1,
    "Uzbekistan": 1, "Serbia": 1, "Mongolia": 1, "Bolivia": 1, "Venezuela": 1,
}  # fmt: skip


def _person(rng: random.Random, n: int, country: str) -> SamplePerson:
    """One participant of the given delegation."""
    female = rng.random() < 0.45
    native = ""
    script = "latin"
    if country in ("Russia", "Belarus", "Tatarstan", "Kazakhstan"):
        pools = {"Tatarstan": (_TT_M, _TT_F, _TT_FAM), "Kazakhstan": (_KZ_M, _KZ_F, _KZ_FAM)}
        males, females, fams = pools.get(country, (_RU_M, _RU_F, _RU_FAM))
        given_n = rng.choice(females if female else males)
        fam_n = rng.choice(fams)
        if female and fam_n[-2:] in ("ов", "ев", "ин", "ёв"):
            fam_n += "а"
        native, script = f"{given_n} {fam_n}", "cyrillic"
        given, family = to_latin(given_n), to_latin(fam_n)
        latin = f"{given} {family}"
    elif country == "China":
        fam_n, given_n = rng.choice(_CN_FAM), rng.choice(_CN_GIV)
        native, script = fam_n + given_n, "han"
        latin = to_latin(native)
        family, _, given = latin.partition(" ")
    elif country in ("Egypt", "UAE", "Saudi Arabia", "Iran"):
        males, females, fams = (
            (_FA_M, _FA_F, _FA_FAM) if country == "Iran" else (_AR_M, _AR_F, _AR_FAM)
        )
        given_n, fam_n = rng.choice(females if female else males), rng.choice(fams)
        native, script = f"{given_n} {fam_n}", "arabic"
        given, family = to_latin(given_n), to_latin(fam_n)
        latin = f"{given} {family}"
    elif country == "India":
        given_n = rng.choice(_HI_F if female else _HI_M)
        fam_n = rng.choice(_HI_FAM)
        native, script = f"{given_n} {fam_n}", "devanagari"
        given, family = to_latin(given_n), to_latin(fam_n)
        latin = f"{given} {family}"
    elif country == "Ethiopia":
        given_n, fam_n = rng.choice(_AM_GIV), rng.choice(_AM_FAM)
        native, script = f"{given_n} {fam_n}", "ethiopic"
        given, family = to_latin(given_n), to_latin(fam_n)
        latin = f"{given} {family}"
    elif country == "Thailand":
        (given_n, given), (fam_n, family) = rng.choice(_TH_GIV), rng.choice(_TH_FAM)
        native, script = f"{given_n} {fam_n}", "thai"
        latin = f"{given} {family}"
    elif country == "Vietnam":
        family, given = rng.choice(_VI_FAM), rng.choice(_VI_GIV)
        latin = f"{family} {rng.choice(_VI_MID)} {given}"
    elif country == "Turkey":
        given, family = rng.choice(_TR_GIV), rng.choice(_TR_FAM)
        latin = f"{given} {family}"
    else:
        givens, fams, count = _LATIN_POOLS[country]
        given = rng.choice(givens)
        family = " ".join(rng.sample(fams, count))
        latin = f"{given} {family}"
    city = rng.choice(_CITIES.get(country, [country]))
    return SamplePerson(
        id=f"p{n:06d}",
        native=native,
        latin=latin,
        given=given,
        family=family,
        code=f"FD-{n:06d}",
        country=country,
        organisation=f"{city} City Administration",
        script=script,
    )


def generate_people(count: int, seed: int = 2024) -> list[SamplePerson]:
    """A deterministic crowd of participants across ~30 delegations and 10 scripts."""
    rng = random.Random(seed)
    countries = list(_WEIGHTS)
    weights = [_WEIGHTS[c] for c in countries]
    return [_person(rng, n, rng.choices(countries, weights)[0]) for n in range(count)]
