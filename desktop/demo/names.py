"""Name pools for the demo forum: cities and people of BRICS members and partners.

Each pool gives names in their own script with a Latin form ("" where ForumDesk's
transliteration should produce it, as it would for an import without Latin names).
"""

from __future__ import annotations

from dataclasses import dataclass

Pair = tuple[str, str]


@dataclass(frozen=True)
class CountryPool:
    country: str
    language: str
    cities: tuple[Pair, ...]
    given: tuple[Pair, ...]
    family: tuple[Pair, ...]


def _p(text: str) -> tuple[Pair, ...]:
    """Parse "native/latin, native/latin" (latin may be empty: "王/")."""
    out = []
    for item in text.split(","):
        native, _, latin = item.strip().partition("/")
        out.append((native.strip(), latin.strip()))
    return tuple(out)


_SPANISH_GIVEN = _p(
    "José/, María/, Luis/, Carmen/, Andrés/, Lucía/, Raúl/, Yolanda/, Ernesto/, Ximena/"
)
_SPANISH_FAMILY = _p(
    "Rodríguez/, González/, Fernández/, Pérez/, Martínez/, López/, Díaz/, Núñez/, Castro/, Peña/"
)
_ARABIC_GIVEN = _p(
    "محمد/Mohamed, أحمد/Ahmed, فاطمة/Fatima, عمر/Omar, ليلى/Layla, خالد/Khaled, نور/Nour, "
    "يوسف/Youssef, مريم/Mariam, سارة/Sara, عبد الله/Abdullah, هدى/Huda"
)
_ARABIC_FAMILY = _p(
    "حسن/Hassan, إبراهيم/Ibrahim, عبد الرحمن/Abdelrahman, السيد/El-Sayed, المنصوري/Al Mansouri, "
    "الحربي/Al-Harbi, بن علي/Ben Ali, القحطاني/Al-Qahtani, الشامسي/Al Shamsi, منصور/Mansour"
)

POOLS: tuple[CountryPool, ...] = (
    CountryPool(
        "RU",
        "ru",
        _p(
            "Казань/Kazan, Москва/Moscow, Санкт-Петербург/Saint Petersburg, Новосибирск/Novosibirsk, "
            "Екатеринбург/Yekaterinburg, Уфа/Ufa, Нижний Новгород/Nizhny Novgorod, Владивосток/Vladivostok"
        ),
        _p(
            "Ильсур/, Алексей/, Сергей/, Ольга/, Наталья/, Андрей/, Екатерина/, Дмитрий/, Мария/, "
            "Рустам/, Гульнара/, Айдар/, Семён/, Юлия/, Фарид/, Лилия/, Артём/, Ксения/"
        ),
        _p(
            "Метшин/, Иванов/, Семёнов/, Петров/, Хуснуллин/, Шайхутдинов/, Соколов/, Гарипов/, "
            "Ахметов/, Волков/, Мухаметзянов/, Зайцев/, Щербаков/, Журавлёв/, Фёдоров/"
        ),
    ),
    CountryPool(
        "CN",
        "zh",
        _p(
            "郑州/Zhengzhou, 上海/Shanghai, 重庆/Chongqing, 哈尔滨/Harbin, 广州/Guangzhou, 西安/Xi'an, 成都/Chengdu"
        ),
        _p(
            "芳/, 伟/, 静/, 敏/, 强/, 磊/, 军/, 洋/, 勇/, 艳/, 杰/, 娟/, 涛/, 明/, 超/, 秀英/, 建华/, 晓明/, 海燕/"
        ),
        _p("王/, 李/, 张/, 刘/, 陈/, 杨/, 黄/, 赵/, 吴/, 周/, 徐/, 孙/, 马/, 朱/, 胡/, 郭/, 欧阳/"),
    ),
    CountryPool(
        "IN",
        "hi",
        _p("मुंबई/Mumbai, पुणे/Pune, भोपाल/Bhopal, जयपुर/Jaipur, लखनऊ/Lucknow, वाराणसी/Varanasi"),
        _p(
            "राजेश/Rajesh, प्रिया/Priya, अमित/Amit, सुनीता/Sunita, विक्रम/Vikram, अनीता/Anita, "
            "संजय/Sanjay, दीपिका/Deepika, अर्जुन/Arjun, क्षितिज/Kshitij, श्रद्धा/Shraddha"
        ),
        _p(
            "कुमार/Kumar, शर्मा/Sharma, सिंह/Singh, पटेल/Patel, गुप्ता/Gupta, वर्मा/Verma, "
            "जोशी/Joshi, मिश्रा/Mishra, त्रिवेदी/Trivedi"
        ),
    ),
    CountryPool(
        "IN",
        "ta",
        _p("சென்னை/Chennai, மதுரை/Madurai, கோயம்புத்தூர்/Coimbatore"),
        _p("முருகன்/Murugan, லட்சுமி/Lakshmi, செல்வம்/Selvam, கவிதா/Kavitha, கார்த்திக்/Karthik"),
        _p("ராஜா/Raja, சுப்பிரமணியன்/Subramanian, வேலு/Velu, கிருஷ்ணன்/Krishnan"),
    ),
    CountryPool(
        "BR",
        "pt",
        _p(
            "São Paulo/, Rio de Janeiro/, Belo Horizonte/, Brasília/, Curitiba/, Salvador/, Florianópolis/"
        ),
        _p("João/, Maria/, José/, Ana/, Luíz/, Fernanda/, Antônio/, Beatriz/, Sérgio/, Conceição/"),
        _p(
            "Silva/, Santos/, Oliveira/, Souza/, Gonçalves/, Araújo/, Magalhães/, Assunção/, "
            "Brandão/, Simões/"
        ),
    ),
    CountryPool(
        "ZA",
        "en",
        _p("Durban/, Cape Town/, Johannesburg/, Tshwane/, eThekwini/, Gqeberha/"),
        _p("Thabo/, Nomvula/, Sipho/, Lerato/, Johan/, Ayanda/, Pieter/, Zanele/, Mpho/"),
        _p("Nkosi/, Dlamini/, Mokoena/, van der Merwe/, Naidoo/, Khumalo/, Botha/, Ndlovu/"),
    ),
    CountryPool(
        "IR",
        "fa",
        _p("تهران/Tehran, اصفهان/Isfahan, شیراز/Shiraz, تبریز/Tabriz, مشهد/Mashhad"),
        _p(
            "محمد/Mohammad, زهرا/Zahra, علی/Ali, فاطمه/Fatemeh, رضا/Reza, مریم/Maryam, "
            "حسین/Hossein, نرگس/Narges, پریسا/Parisa"
        ),
        _p(
            "رضایی/Rezaei, احمدی/Ahmadi, محمدی/Mohammadi, حسینی/Hosseini, کریمی/Karimi, "
            "موسوی/Mousavi, جعفری/Jafari, قاسمی/Ghasemi"
        ),
    ),
    CountryPool(
        "EG",
        "ar",
        _p("القاهرة/Cairo, الإسكندرية/Alexandria, الجيزة/Giza, أسوان/Aswan"),
        _ARABIC_GIVEN,
        _ARABIC_FAMILY,
    ),
    CountryPool(
        "SA",
        "ar",
        _p("الرياض/Riyadh, جدة/Jeddah, المدينة المنورة/Medina"),
        _ARABIC_GIVEN,
        _ARABIC_FAMILY,
    ),
    CountryPool(
        "AE",
        "ar",
        _p("دبي/Dubai, أبوظبي/Abu Dhabi, الشارقة/Sharjah"),
        _ARABIC_GIVEN,
        _ARABIC_FAMILY,
    ),
    CountryPool(
        "DZ",
        "ar",
        _p("الجزائر/Algiers, وهران/Oran, قسنطينة/Constantine"),
        _ARABIC_GIVEN,
        _ARABIC_FAMILY,
    ),
    CountryPool(
        "ET",
        "am",
        _p("አዲስ አበባ/Addis Ababa, ባሕር ዳር/Bahir Dar, ጎንደር/Gondar, ድሬዳዋ/Dire Dawa"),
        _p(
            "አበበ/Abebe, ሰላም/Selam, ተስፋዬ/Tesfaye, ሄለን/Helen, ዳዊት/Dawit, መሰረት/Meseret, "
            "ብርሃኑ/Birhanu, ትዕግስት/Tigist"
        ),
        _p("ግርማ/Girma, ከበደ/Kebede, ታደሰ/Tadesse, ወልደ/Wolde, በቀለ/Bekele, አለሙ/Alemu"),
    ),
    CountryPool(
        "TH",
        "th",
        _p("กรุงเทพมหานคร/Bangkok, เชียงใหม่/Chiang Mai, ภูเก็ต/Phuket"),
        _p("สมชาย/Somchai, สุดา/Suda, ประยุทธ์/Prayut, มาลี/Malee, วิชัย/Wichai, นภา/Napa, อนันต์/Anan"),
        _p("ศรีสุข/Srisuk, วงศ์สวัสดิ์/Wongsawat, จันทร์เพ็ญ/Chanphen, ทองดี/Thongdee, สุขสวัสดิ์/Suksawat"),
    ),
    CountryPool(
        "VN",
        "vi",
        _p("Hà Nội/Hanoi, Thành phố Hồ Chí Minh/Ho Chi Minh City, Đà Nẵng/Da Nang, Huế/Hue"),
        _p(
            "Thị Hương/Thi Huong, Văn Minh/Van Minh, Thị Lan/Thi Lan, Đức Anh/Duc Anh, "
            "Quốc Bảo/Quoc Bao, Thị Mai/Thi Mai, Hoàng Long/Hoang Long, Ngọc Ánh/Ngoc Anh"
        ),
        _p(
            "Nguyễn/Nguyen, Trần/Tran, Lê/Le, Phạm/Pham, Hoàng/Hoang, Phan/Phan, Vũ/Vu, Đặng/Dang, Bùi/Bui"
        ),
    ),
    CountryPool(
        "TR",
        "tr",
        _p("İstanbul/Istanbul, Ankara/, İzmir/Izmir, Bursa/, Gaziantep/"),
        _p("İsmail/, Ayşe/, Mehmet/, Işıl/, Gökhan/, Şule/, Çağrı/, Ömer/, Yağmur/, İlkay/"),
        _p("Yılmaz/, Kaya/, Demir/, Şahin/, Çelik/, Öztürk/, Aydın/, Arslan/, Doğan/, Işık/"),
    ),
    CountryPool(
        "CU",
        "es",
        _p("La Habana/Havana, Santiago de Cuba/, Camagüey/"),
        _SPANISH_GIVEN,
        _SPANISH_FAMILY,
    ),
    CountryPool(
        "BO",
        "es",
        _p("La Paz/, Santa Cruz de la Sierra/, Cochabamba/"),
        _SPANISH_GIVEN,
        _SPANISH_FAMILY,
    ),
    CountryPool("VE", "es", _p("Caracas/, Maracaibo/, Valencia/"), _SPANISH_GIVEN, _SPANISH_FAMILY),
    CountryPool("NI", "es", _p("Managua/, León/"), _SPANISH_GIVEN, _SPANISH_FAMILY),
    CountryPool(
        "AR", "es", _p("Buenos Aires/, Córdoba/, Rosario/"), _SPANISH_GIVEN, _SPANISH_FAMILY
    ),
    CountryPool(
        "MX",
        "es",
        _p("Ciudad de México/Mexico City, Guadalajara/, Monterrey/"),
        _SPANISH_GIVEN,
        _SPANISH_FAMILY,
    ),
    CountryPool(
        "KZ",
        "kk",
        _p("Астана/Astana, Алматы/Almaty, Шымкент/Shymkent"),
        _p(
            "Нұрсұлтан/Nursultan, Айгүл/Aigul, Асқар/Askar, Гүлнара/Gulnara, Ерлан/Yerlan, Жанар/Zhanar"
        ),
        _p(
            "Әбдіров/Abdirov, Сейітов/Seitov, Қасымов/Kassymov, Нұрланов/Nurlanov, Жұмабеков/Zhumabekov"
        ),
    ),
    CountryPool(
        "BY",
        "be",
        _p("Мінск/Minsk, Гомель/Gomel, Брэст/Brest"),
        _p(
            "Аляксандр/Aliaksandr, Вольга/Volha, Сяргей/Siarhei, Ірына/Iryna, Андрэй/Andrei, Ўладзімір/Uladzimir"
        ),
        _p("Лукашэвіч/Lukashevich, Кавалёў/Kavaliou, Шумскі/Shumski, Навіцкі/Navitski"),
    ),
    CountryPool(
        "UZ",
        "uz",
        _p("Toshkent/Tashkent, Samarqand/Samarkand, Buxoro/Bukhara"),
        _p("Sherzod/, Dilnoza/, Otabek/, Gulnora/, Jasur/, Oʻgʻiloy/Ogiloy"),
        _p("Karimov/, Rahimov/, Yusupov/, Xolmatov/Kholmatov, Oʻrinboyev/Orinboyev"),
    ),
    CountryPool(
        "ID",
        "id",
        _p("Jakarta/, Surabaya/, Bandung/"),
        _p("Budi/, Siti/, Agus/, Dewi/, Ahmad/, Nurul/"),
        _p("Santoso/, Wijaya/, Hidayat/, Rahman/, Susanto/"),
    ),
    CountryPool(
        "MY",
        "ms",
        _p("Kuala Lumpur/, Johor Bahru/, Pulau Pinang/Penang"),
        _p("Hafiz/, Nurul/, Aminah/, Faizal/, Siti/"),
        _p("Abdullah/, Ismail/, Othman/, Hassan/"),
    ),
    CountryPool(
        "RS",
        "sr",
        _p("Београд/Belgrade, Нови Сад/Novi Sad, Ниш/Nis"),
        _p("Драган/Dragan, Милица/Milica, Никола/Nikola, Јелена/Jelena, Душан/Dušan"),
        _p("Петровић/Petrović, Јовановић/Jovanović, Николић/Nikolić, Ђорђевић/Đorđević"),
    ),
    CountryPool(
        "MN",
        "mn",
        _p("Улаанбаатар/Ulaanbaatar, Эрдэнэт/Erdenet"),
        _p("Батбаяр/Batbayar, Оюунчимэг/Oyuunchimeg, Ганбаатар/Ganbaatar, Сарангэрэл/Sarangerel"),
        _p("Должин/Dolzhin, Бат-Эрдэнэ/Bat-Erdene, Цэрэн/Tseren, Мөнхбат/Munkhbat"),
    ),
    CountryPool(
        "BD",
        "bn",
        _p("ঢাকা/Dhaka, চট্টগ্রাম/Chittagong"),
        _p("রহিম/Rahim, ফাতেমা/Fatema, তানভীর/Tanvir, নুসরাত/Nusrat, সাকিব/Shakib"),
        _p("হোসেন/Hossain, আহমেদ/Ahmed, চৌধুরী/Chowdhury, রহমান/Rahman"),
    ),
    CountryPool(
        "PK",
        "ur",
        _p("کراچی/Karachi, لاہور/Lahore"),
        _p("عمران/Imran, عائشہ/Ayesha, بلال/Bilal, زینب/Zainab"),
        _p("خان/Khan, قریشی/Qureshi, ملک/Malik, چودھری/Chaudhry"),
    ),
    CountryPool(
        "NG",
        "en",
        _p("Lagos/, Abuja/, Kano/, Ibadan/"),
        _p("Chinedu/, Ngozi/, Oluwaseun/, Aisha/, Emeka/, Funmilayo/, Adébáyọ̀/Adebayo"),
        _p("Okafor/, Adeyemi/, Bello/, Eze/, Ogunleye/, Abubakar/"),
    ),
    CountryPool(
        "TZ",
        "sw",
        _p("Dar es Salaam/, Dodoma/, Arusha/"),
        _p("Baraka/, Neema/, Juma/, Rehema/"),
        _p("Mwakyusa/, Kiwelu/, Mushi/, Mbwana/"),
    ),
    CountryPool(
        "ZW",
        "en",
        _p("Harare/, Bulawayo/"),
        _p("Tendai/, Chipo/, Farai/, Rudo/"),
        _p("Moyo/, Sibanda/, Chikore/, Mutasa/"),
    ),
    CountryPool(
        "LA",
        "lo",
        _p("Vientiane/, Luang Prabang/"),
        _p("Bounmy/, Keo/, Somphone/"),
        _p("Phommachanh/, Sisoulith/, Vongsay/"),
    ),
    CountryPool(
        "TJ",
        "tg",
        _p("Душанбе/Dushanbe, Хуҷанд/Khujand"),
        _p("Фирӯз/Firuz, Мавҷуда/Mavjuda, Рустам/Rustam"),
        _p("Раҳимов/Rahimov, Назаров/Nazarov, Каримова/Karimova"),
    ),
)

TITLES = {
    "head": ("Mayor", "Head of the City Administration", "Chair of the City Council", "Governor"),
    "delegate": (
        "Deputy Mayor",
        "Head of International Relations",
        "Adviser",
        "Chief Architect",
        "Head of Transport Department",
        "City Council Member",
        "Head of Investment Agency",
    ),
    "vip": ("Minister", "Ambassador", "Special Envoy"),
    "speaker": ("Keynote speaker", "Panel moderator", "Professor of Urban Studies"),
    "media": ("Correspondent", "Photographer", "Camera operator", "Editor"),
    "interpreter": ("Interpreter",),
    "organiser": ("Forum coordinator", "Protocol officer", "Registration lead"),
    "staff": ("Volunteer", "Technician", "Hostess"),
    "security": ("Security officer",),
    "guest": ("Guest", "Observer"),
}

MEDIA_OUTLETS = (
    "TASS",
    "Xinhua",
    "Prensa Latina",
    "The Hindu",
    "Agência Brasil",
    "SABC",
    "IRNA",
    "Al-Ahram",
)

INTERPRETERS = (
    ("Анна Кузьмина", ("ru", "en", "zh")),
    ("Li Na", ("zh", "en", "ru")),
    ("Ahmed Fathy", ("ar", "en", "ru")),
    ("Carla Mendes", ("pt", "es", "en")),
    ("Priya Nair", ("hi", "en")),
    ("Reza Tavakoli", ("fa", "en", "ru")),
    ("Elena Vidal", ("es", "en", "ru")),
    ("Tran Thu Ha", ("vi", "en", "ru")),
    ("Aida Nurlanova", ("kk", "ru", "en")),
    ("Selin Kaya", ("tr", "en")),
    ("Dawit Haile", ("am", "en")),
    ("Somsak Chai", ("th", "en")),
    ("Мария Лопес", ("ru", "es", "en")),
    ("João Ferreira", ("pt", "ru", "en")),
    ("Wang Lei", ("zh", "en")),
    ("Ahmad Karimi", ("fa", "ar", "en")),
    ("Рамиль Гиниятуллин", ("ru", "tr", "en")),
    ("Nguyễn Minh Anh", ("vi", "ru")),
    ("Mehmet Aksoy", ("tr", "en", "ar")),
    ("Anjali Rao", ("hi", "ru", "ta")),
    ("Farida Rahman", ("bn", "en")),
    ("Kamila Yusupova", ("uz", "ru", "en")),
    ("Omar Haddad", ("ar", "fr", "en")),
    ("Lucía Gómez", ("es", "pt", "en")),
)
