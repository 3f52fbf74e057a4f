<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>ArrivalPrinting</name>
    <message>
        <location filename="../../ui/arrival_printing.py" line="+211"/>
        <source>The badge could not be made (see the desk&apos;s log).</source>
        <extracomment>How long a badge&apos;s job is followed after the queue took it, in seconds; a job still in the queue then stays &quot;sent to PRINTER&quot;. Jobs followed at once; more wait their turn (the badges are in the queue already). checking (is it printed already?), printing, sent, printed or failed What went wrong, in the operator&apos;s words (state failed). The job is being followed in the queue (a failure may still come). The check-in that started it (or its latest retry): the panel shows this one&apos;s state while it shows that check-in. A badge&apos;s printing state changed (its registration code). By registration code: badges printing now, and those that failed.</extracomment>
        <translation>تعذّر إعداد البطاقة (راجع سجل المكتب).</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Badge printing…</source>
        <translation>جارٍ طباعة البطاقة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badge sent to %1</source>
        <translation>أُرسلت البطاقة إلى %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badge printed</source>
        <translation>طُبعت البطاقة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Badge not printed: %1</source>
        <translation>لم تُطبع البطاقة: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Earlier badges not printed: %1.</source>
        <translation>بطاقات سابقة لم تُطبع: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press %1 to try again.</source>
        <translation>اضغط %1 لإعادة المحاولة.</translation>
    </message>
</context>
<context>
    <name>BadgeList</name>
    <message>
        <location filename="../../ui/widgets/badge_list.py" line="+34"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latin name</source>
        <translation>الاسم بالحروف اللاتينية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>الوفد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge</source>
        <translation>البطاقة</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>not printed</source>
        <translation>غير مطبوعة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>v%1 not printed</source>
        <translation>الإصدار %1 غير مطبوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printed ×%1</source>
        <translation>طُبعت ×%1</translation>
    </message>
</context>
<context>
    <name>BadgePdf</name>
    <message>
        <location filename="../../ui/badge_pdf.py" line="+36"/>
        <source>Save badges as PDF</source>
        <translation>حفظ البطاقات بصيغة PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Writing %n badge(s)…</source>
        <translation>
            <numerusform>جارٍ كتابة %n بطاقة…</numerusform>
            <numerusform>جارٍ كتابة %n بطاقة…</numerusform>
            <numerusform>جارٍ كتابة %n بطاقتين…</numerusform>
            <numerusform>جارٍ كتابة %n بطاقات…</numerusform>
            <numerusform>جارٍ كتابة %n بطاقة…</numerusform>
            <numerusform>جارٍ كتابة %n بطاقة…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n badge(s) saved to %1</source>
        <translation>
            <numerusform>حُفظت %n بطاقة في %1</numerusform>
            <numerusform>حُفظت %n بطاقة في %1</numerusform>
            <numerusform>حُفظت %n بطاقتان في %1</numerusform>
            <numerusform>حُفظت %n بطاقات في %1</numerusform>
            <numerusform>حُفظت %n بطاقة في %1</numerusform>
            <numerusform>حُفظت %n بطاقة في %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancelled; nothing was logged as printed.</source>
        <translation>أُلغي؛ لم يُسجَّل شيء على أنه مطبوع.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badges not printed</source>
        <translation>لم تُطبع البطاقات</translation>
    </message>
</context>
<context>
    <name>BadgePreview</name>
    <message>
        <location filename="../../ui/widgets/badge_preview.py" line="+33"/>
        <source>Choose a participant to see the badge</source>
        <translation>اختر مشاركًا لعرض بطاقته</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No preview: %1</source>
        <translation>لا معاينة: %1</translation>
    </message>
</context>
<context>
    <name>BadgePrintFlow</name>
    <message numerus="yes">
        <location filename="../../ui/badge_printing.py" line="+103"/>
        <source>Sending %n badge(s) to the printer…</source>
        <translation>
            <numerusform>جارٍ إرسال %n بطاقة إلى الطابعة…</numerusform>
            <numerusform>جارٍ إرسال %n بطاقة إلى الطابعة…</numerusform>
            <numerusform>جارٍ إرسال %n بطاقتين إلى الطابعة…</numerusform>
            <numerusform>جارٍ إرسال %n بطاقات إلى الطابعة…</numerusform>
            <numerusform>جارٍ إرسال %n بطاقة إلى الطابعة…</numerusform>
            <numerusform>جارٍ إرسال %n بطاقة إلى الطابعة…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sent; waiting for the printer…</source>
        <translation>أُرسلت؛ بانتظار الطابعة…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancelled; nothing was logged as printed.</source>
        <translation>أُلغي؛ لم يُسجَّل شيء على أنه مطبوع.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Badges not printed</source>
        <translation>لم تُطبع البطاقات</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n badge(s) sent to %1.</source>
        <translation>
            <numerusform>أُرسلت %n بطاقة إلى %1.</numerusform>
            <numerusform>أُرسلت %n بطاقة إلى %1.</numerusform>
            <numerusform>أُرسلت %n بطاقتان إلى %1.</numerusform>
            <numerusform>أُرسلت %n بطاقات إلى %1.</numerusform>
            <numerusform>أُرسلت %n بطاقة إلى %1.</numerusform>
            <numerusform>أُرسلت %n بطاقة إلى %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n badge(s) not printed:</source>
        <translation>
            <numerusform>لم تُطبع %n بطاقة:</numerusform>
            <numerusform>لم تُطبع %n بطاقة:</numerusform>
            <numerusform>لم تُطبع %n بطاقتان:</numerusform>
            <numerusform>لم تُطبع %n بطاقات:</numerusform>
            <numerusform>لم تُطبع %n بطاقة:</numerusform>
            <numerusform>لم تُطبع %n بطاقة:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rest was cancelled.</source>
        <translation>أُلغي الباقي.</translation>
    </message>
</context>
<context>
    <name>BadgesPage</name>
    <message>
        <location filename="../../ui/pages/badges.py" line="+80"/>
        <source>Search name, code, delegation…</source>
        <translation>ابحث بالاسم أو الرمز أو الوفد…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printed or not</source>
        <translation>مطبوعة أم لا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not printed</source>
        <translation>غير مطبوعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed</source>
        <translation>مطبوعة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A6 portrait</source>
        <translation>A6 طولي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CR80 card</source>
        <translation>بطاقة CR80</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4×3 inch label</source>
        <translation>ملصق 4×3 بوصات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 sheet of four</source>
        <translation>ورقة A4 بأربع بطاقات</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print batch</source>
        <translation>طباعة دفعة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as PDF…</source>
        <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprint…</source>
        <translation>إعادة الطباعة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-in…</source>
        <translation>تسجيل فوري…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Layout</source>
        <translation>التخطيط</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>All delegations</source>
        <translation>كل الوفود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All categories</source>
        <translation>كل الفئات</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n مشارك</numerusform>
            <numerusform>%n مشارك</numerusform>
            <numerusform>%n مشاركان</numerusform>
            <numerusform>%n مشاركين</numerusform>
            <numerusform>%n مشاركًا</numerusform>
            <numerusform>%n مشارك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n printed</source>
        <translation>
            <numerusform>المطبوع: %n</numerusform>
            <numerusform>المطبوع: %n</numerusform>
            <numerusform>المطبوع: %n</numerusform>
            <numerusform>المطبوع: %n</numerusform>
            <numerusform>المطبوع: %n</numerusform>
            <numerusform>المطبوع: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Badge version %1, not printed yet.</source>
        <translation>إصدار البطاقة %1، لم تُطبع بعد.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Badge version %1; printed %2 time(s), last %3 at %4 (version %5).</source>
        <translation>إصدار البطاقة %1؛ طُبعت %2 مرة، آخرها %3 في المكتب %4 (الإصدار %5).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Already printed</source>
        <translation>مطبوعة من قبل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of these badges were already printed. Print the same badge again? For a lost badge use Reprint…, so the old one stops admitting.</source>
        <translation>طُبع %1 من هذه البطاقات من قبل. هل تريد طباعة البطاقة نفسها مرة أخرى؟ للبطاقة المفقودة استخدم «إعادة الطباعة…» حتى تتوقف البطاقة القديمة عن السماح بالدخول.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Selected participants (%1)</source>
        <translation>المشاركون المحددون (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everyone listed (%1)</source>
        <translation>كل من في القائمة (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delegation: %1</source>
        <translation>الوفد: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Category: %1</source>
        <translation>الفئة: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing to print</source>
        <translation>لا شيء للطباعة</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>This badge was already printed %1 time(s). The new badge gets a new QR code and the old one will no longer admit. Reason for the reprint:</source>
        <translation>طُبعت هذه البطاقة %1 مرة من قبل. تحصل البطاقة الجديدة على رمز QR جديد ولن تسمح البطاقة القديمة بالدخول بعد الآن. سبب إعادة الطباعة:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This badge has not been printed yet; a reprint still makes a new version. Reason for the reprint:</source>
        <translation>لم تُطبع هذه البطاقة بعد؛ ومع ذلك تُنشئ إعادة الطباعة إصدارًا جديدًا. سبب إعادة الطباعة:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>Reprint badge</source>
        <translation>إعادة طباعة البطاقة</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>A reason is required.</source>
        <translation>يجب ذكر السبب.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reprint cancelled: nothing was printed and the old badge still admits.</source>
        <translation>أُلغيت إعادة الطباعة: لم يُطبع شيء وما زالت البطاقة القديمة صالحة.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../ui/widgets/charts.py" line="+67"/>
        <source>No data yet</source>
        <extracomment>Length of the piece of line drawn before the arrived-so-far count, as its legend.</extracomment>
        <translation>لا توجد بيانات بعد</translation>
    </message>
</context>
<context>
    <name>CameraScanDialog</name>
    <message>
        <location filename="../../ui/dialogs/camera_scan.py" line="+37"/>
        <source>Scan with the camera</source>
        <translation>المسح بالكاميرا</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hold the badge&apos;s QR code in front of the camera.</source>
        <translation>ضع رمز QR الموجود على البطاقة أمام الكاميرا.</translation>
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <location filename="../../ui/pages/checkin.py" line="+81"/>
        <source>In</source>
        <translation>دخول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo last</source>
        <translation>تراجع عن الأخير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Override…</source>
        <translation>سماح استثنائي…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Zone</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Scan a badge, or type a name or registration code</source>
        <translation>امسح البطاقة ضوئيًا، أو اكتب اسمًا أو رمز تسجيل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Camera</source>
        <translation>الكاميرا</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A badge was scanned while a dialog was open.</source>
        <translation>مُسحت شارة بينما كانت نافذة حوار مفتوحة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check it in</source>
        <translation>تسجيل الحضور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Cannot check in</source>
        <translation>تعذّر تسجيل الحضور</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Undo takes back the admission shown here; the last result was not one.</source>
        <translation>التراجع يلغي الدخول المعروض هنا؛ والنتيجة الأخيرة لم تكن دخولًا.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot undo</source>
        <translation>تعذّر التراجع</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+12"/>
        <source>Nothing to undo</source>
        <translation>لا شيء للتراجع عنه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown person</source>
        <translation>شخص غير معروف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>↶ Check-in undone</source>
        <translation>↶ أُلغي تسجيل الحضور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: the check-in at {1} no longer counts.</source>
        <translation>{0}: لم يعد تسجيل الحضور في {1} محسوبًا.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>this person</source>
        <translation>هذا الشخص</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>supervisor</source>
        <translation>المشرف</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This desk today: {0}   Zone today: {1}   Inside now: {2}</source>
        <translation>اليوم: المكتب {0} · المنطقة {1}   في الداخل: {2}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No camera available</source>
        <translation>لا تتوفر كاميرا</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="+82"/>
        <source>Arrivals</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole event</source>
        <translation>الفعالية كاملة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export check-ins…</source>
        <translation>تصدير تسجيلات الحضور…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export attendance…</source>
        <translation>تصدير الحضور…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End-of-day report…</source>
        <translation>تقرير نهاية اليوم…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+24"/>
        <location line="+7"/>
        <source>Registered</source>
        <translation>المسجَّلون</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+23"/>
        <location line="+6"/>
        <source>Arrived</source>
        <translation>الواصلون</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Inside now</source>
        <translation>في الداخل الآن</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+135"/>
        <source>Rejections today</source>
        <translation>حالات الرفض اليوم</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Arrivals by category (arrived / registered)</source>
        <translation>الوصول حسب الفئة (الواصلون / المسجَّلون)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Arrivals over time (per 15 minutes)</source>
        <translation>الوصول عبر الوقت (كل 15 دقيقة)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+8"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+23"/>
        <source>Delegation</source>
        <translation>الوفد</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>By country</source>
        <translation>حسب البلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By delegation</source>
        <translation>حسب الوفد</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Heads of delegation and VIPs not arrived</source>
        <translation>رؤساء الوفود وكبار الشخصيات الذين لم يصلوا</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Could not compute the numbers: %1</source>
        <translation>تعذّر حساب الأرقام: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Numbers as of %1; the last refresh failed: %2</source>
        <translation>الأرقام حتى %1؛ فشل آخر تحديث: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 not arrived</source>
        <translation>لم يصل: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rejections</source>
        <translation>حالات الرفض</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Updated %1</source>
        <translation>حُدِّث في %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown code</source>
        <translation>رمز غير معروف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreadable scan</source>
        <translation>مسح غير مقروء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Truncated QR</source>
        <translation>رمز QR ناقص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oversized scan</source>
        <translation>مسح طويل جدًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a ForumDesk badge</source>
        <translation>ليست بطاقة ForumDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forged badge</source>
        <translation>بطاقة مزوّرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Altered badge</source>
        <translation>بطاقة معدَّلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown desk key</source>
        <translation>مفتاح مكتب غير معروف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked desk key</source>
        <translation>مفتاح مكتب ملغى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another event&apos;s badge</source>
        <translation>بطاقة فعالية أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old badge version</source>
        <translation>إصدار قديم من البطاقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration cancelled</source>
        <translation>التسجيل ملغى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zone not allowed</source>
        <translation>المنطقة غير مسموح بها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not valid today</source>
        <translation>غير صالحة اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No re-entry</source>
        <translation>لا دخول مجددًا</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Heads of delegation and VIPs not arrived: %1</source>
        <translation>رؤساء الوفود وكبار الشخصيات الذين لم يصلوا: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every head of delegation and VIP has arrived</source>
        <translation>وصل جميع رؤساء الوفود وكبار الشخصيات</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Export check-ins</source>
        <translation>تصدير تسجيلات الحضور</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export attendance</source>
        <translation>تصدير الحضور</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>مصنف Excel (*.xlsx);;CSV، UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>كُتب %n صف في %1</numerusform>
            <numerusform>كُتب %n صف في %1</numerusform>
            <numerusform>كُتب %n صفان في %1</numerusform>
            <numerusform>كُتبت %n صفوف في %1</numerusform>
            <numerusform>كُتب %n صفًا في %1</numerusform>
            <numerusform>كُتب %n صف في %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>End-of-day report</source>
        <translation>تقرير نهاية اليوم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing the report…</source>
        <translation>جارٍ إعداد التقرير…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report written to %1</source>
        <translation>كُتب التقرير في %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not written</source>
        <translation>لم يُكتب</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../ui/dialogs/participant_edit.py" line="+192"/>
        <location filename="../../ui/widgets/participant_detail.py" line="+139"/>
        <source>Title</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/widgets/participant_detail.py" line="+1"/>
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/widgets/participant_detail.py" line="+1"/>
        <source>Delegation</source>
        <translation>الوفد</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/widgets/participant_detail.py" line="+1"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/widgets/participant_detail.py" line="+1"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/widgets/participant_detail.py" line="+1"/>
        <source>Zones</source>
        <translation>المناطق</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/widgets/participant_detail.py" line="+1"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <location filename="../../ui/widgets/participant_detail.py" line="+1"/>
        <source>Badge version</source>
        <translation>إصدار البطاقة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/participant_detail.py" line="+1"/>
        <source>Contact</source>
        <translation>الاتصال</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_edit.py" line="-2"/>
        <location filename="../../ui/widgets/participant_detail.py" line="+1"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/participant_detail.py" line="+42"/>
        <source>No one selected</source>
        <translation>لم يُحدَّد أحد</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>photo</source>
        <translation>صورة</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> (category default)</source>
        <translation> (الافتراضي للفئة)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>registered</source>
        <translation>مسجَّل</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no photo</source>
        <translation>لا صورة</translation>
    </message>
</context>
<context>
    <name>EditParticipantDialog</name>
    <message>
        <location filename="../../ui/dialogs/participant_edit.py" line="-159"/>
        <source>Edit {0}</source>
        <translation>تعديل {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+139"/>
        <source>Given name (own script)</source>
        <extracomment>Change-log keys that are the software&apos;s bookkeeping, or shown in their own column.</extracomment>
        <translation>الاسم الأول (بخطه الأصلي)</translation>
    </message>
    <message>
        <location line="-138"/>
        <location line="+139"/>
        <source>Family name (own script)</source>
        <translation>اسم العائلة (بخطه الأصلي)</translation>
    </message>
    <message>
        <location line="-138"/>
        <location line="+139"/>
        <source>Given name (Latin)</source>
        <translation>الاسم الأول (بالحروف اللاتينية)</translation>
    </message>
    <message>
        <location line="-138"/>
        <location line="+139"/>
        <source>Family name (Latin)</source>
        <translation>اسم العائلة (بالحروف اللاتينية)</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Title or position</source>
        <translation>اللقب أو المنصب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country (code or English name)</source>
        <translation>البلد (الرمز أو الاسم بالإنجليزية)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+144"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="-143"/>
        <location line="+144"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Languages (separated by ;)</source>
        <translation>اللغات (مفصولة بـ ;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zones (separated by ;, empty = category default)</source>
        <translation>المناطق (مفصولة بـ ;، فارغ = الافتراضي للفئة)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delegation</source>
        <translation>الوفد</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+126"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>A name is required.</source>
        <translation>يجب إدخال اسم.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a delegation is required</source>
        <translation>الوفد مطلوب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown category</source>
        <translation>فئة غير معروفة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved: {0}</source>
        <translation>لم يُحفظ: {0}</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>unknown country</source>
        <translation>بلد غير معروف</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../ui/pages/sync.py" line="+53"/>
        <source>Connect this desk to a server</source>
        <translation>ربط هذا المكتب بخادم</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-time code</source>
        <translation>رمز لمرة واحدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk name</source>
        <translation>اسم المكتب</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enroll</source>
        <translation>ربط</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enter the server address (https://…) and the code from the administrator.</source>
        <translation>أدخل عنوان الخادم (https://…) والرمز الذي أعطاك إياه المسؤول.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enrolling…</source>
        <translation>جارٍ الربط…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enrollment failed: {0}</source>
        <translation>فشل الربط: {0}</translation>
    </message>
</context>
<context>
    <name>ErrorWords</name>
    <message>
        <location filename="../../ui/errors.py" line="+155"/>
        <source>The forum database cannot be read or written (damaged, locked or not a database).</source>
        <translation>تعذّرت قراءة قاعدة بيانات المنتدى أو الكتابة فيها (تالفة أو مقفلة أو ليست قاعدة بيانات).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} is a folder, not a file.</source>
        <translation>{0} مجلد وليس ملفًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permission denied: {0}</source>
        <translation>الإذن مرفوض: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File not found: {0}</source>
        <translation>الملف غير موجود: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong: {0}. The details are in the log file.</source>
        <translation>حدث خطأ ما: {0}. التفاصيل في ملف السجل.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong; the details are in the log file.</source>
        <translation>حدث خطأ ما؛ التفاصيل في ملف السجل.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This did not work: {message}</source>
        <translation>لم تنجح العملية: {message}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems in the file: {problems}. Nothing was imported.</source>
        <translation>عدد المشكلات في الملف: {problems}. لم يُستورد شيء.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This cannot be changed here: {message}</source>
        <translation>لا يمكن تغيير هذا هنا: {message}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This database holds no event yet: import participants, or connect the desk to a server.</source>
        <translation>لا تحتوي قاعدة البيانات هذه على فعالية بعد: استورد المشاركين أو اربط المكتب بخادم.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrong PIN.</source>
        <translation>الرقم السري خاطئ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code could not be read. Please scan again.</source>
        <translation>تعذّرت قراءة الرمز. يُرجى المسح مجددًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only part of the code was read. Please scan again.</source>
        <translation>قُرئ جزء من الرمز فقط. يُرجى المسح مجددًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code is too long to be a badge. Please scan again.</source>
        <translation>الرمز أطول من أن يكون بطاقة. يُرجى المسح مجددًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a badge of this forum.</source>
        <translation>هذه ليست بطاقة من هذا المنتدى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This badge has been altered. Call a supervisor.</source>
        <translation>عُدّلت هذه البطاقة. استدعِ المشرف.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This booking is not possible: {message}</source>
        <translation>هذا الحجز غير ممكن: {message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{delegation} already has a meeting with {partners} at this time.</source>
        <translation>لدى {delegation} اجتماع مع {partners} في هذا الوقت بالفعل.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{table} is already taken at this time by {delegations}.</source>
        <translation>{table} محجوزة في هذا الوقت لـ {delegations}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{interpreter} is already interpreting for {delegations} at this time.</source>
        <translation>{interpreter} يترجم بالفعل لـ {delegations} في هذا الوقت.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{interpreter} does not speak {languages}.</source>
        <translation>{interpreter} لا يتحدث {languages}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No interpreter for {languages} is free at this time: choose another slot, or book with their own interpreter.</source>
        <translation>لا يوجد مترجم متاح لـ {languages} في هذا الوقت: اختر فترة أخرى، أو احجز مع مترجمهم الخاص.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A meeting needs two different delegations.</source>
        <translation>يحتاج الاجتماع إلى وفدين مختلفين.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This meeting is {status}; book the request again instead.</source>
        <translation>حالة هذا الاجتماع: {status}؛ احجز الطلب من جديد بدلًا من ذلك.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This request is already {status}.</source>
        <translation>حالة هذا الطلب بالفعل: {status}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That status is not possible here.</source>
        <translation>هذه الحالة غير ممكنة هنا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That purpose is not possible here.</source>
        <translation>هذا الغرض غير ممكن هنا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That slot no longer exists.</source>
        <translation>هذه الفترة لم تعد موجودة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That table no longer exists.</source>
        <translation>هذه الطاولة لم تعد موجودة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That interpreter no longer exists.</source>
        <translation>هذا المترجم لم يعد موجودًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This change would break booked meetings: {message}</source>
        <translation>هذا التغيير سيُخلّ باجتماعات محجوزة: {message}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This day already has a slot from {0} to {1}; these slots would overlap it.</source>
        <translation>في هذا اليوم فترة من {0} إلى {1} بالفعل؛ ستتداخل هذه الفترات معها.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meetings use this day&apos;s slots; move or cancel them before removing the day.</source>
        <translation>تستخدم اجتماعات فترات هذا اليوم؛ انقلها أو ألغها قبل حذف اليوم.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync failed: {message}</source>
        <translation>فشلت المزامنة: {message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not answer. Check the address and the network.</source>
        <translation>الخادم لا يستجيب. تحقق من العنوان ومن الشبكة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server no longer accepts this desk: enroll again.</source>
        <translation>لم يعد الخادم يقبل هذا المكتب: اربطه من جديد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused this: {message}</source>
        <translation>رفض الخادم ذلك: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This desk is not connected to a server yet.</source>
        <translation>هذا المكتب غير مربوط بخادم بعد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the code: it is unknown, used or expired.</source>
        <translation>رفض الخادم الرمز: فهو غير معروف أو مستخدم أو منتهي الصلاحية.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This desk&apos;s database holds another event with data. Use a new, empty database to enroll.</source>
        <translation>تحتوي قاعدة بيانات هذا المكتب على بيانات فعالية أخرى. استخدم قاعدة بيانات جديدة فارغة للربط.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file name must end in .csv or .xlsx.</source>
        <translation>يجب أن ينتهي اسم الملف بـ ‎.csv أو ‎.xlsx.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many rows for one spreadsheet: export them as CSV instead.</source>
        <translation>عدد الصفوف أكبر من أن يتسع له جدول واحد: صدّرها بصيغة CSV بدلًا من ذلك.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No participants to print badges for.</source>
        <translation>لا يوجد مشاركون لطباعة بطاقاتهم.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No participant has the code {0}.</source>
        <translation>لا يوجد مشارك بالرمز {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No delegation named {0}.</source>
        <translation>لا يوجد وفد باسم {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No category named {0}.</source>
        <translation>لا توجد فئة باسم {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No table or room named {0}.</source>
        <translation>لا توجد طاولة أو قاعة باسم {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No zone {0}.</source>
        <translation>لا توجد منطقة {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not found: it may have been removed meanwhile.</source>
        <translation>غير موجود: ربما حُذف في هذه الأثناء.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A PIN has {0} to {1} characters, without spaces at the beginning or end.</source>
        <translation>يتكون الرقم السري من {0} إلى {1} محارف، دون مسافات في أوله أو آخره.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reason is required.</source>
        <translation>يجب ذكر السبب.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A name is required.</source>
        <translation>يجب إدخال اسم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A delegation is required.</source>
        <translation>يجب ذكر الوفد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This country is not known: {0}</source>
        <translation>بلد غير معروف: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This category is not known: {0}</source>
        <translation>فئة غير معروفة: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no badge layout {0}.</source>
        <translation>لا يوجد تخطيط بطاقة باسم {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some of these values are not possible: {0}.</source>
        <translation>بعض هذه القيم غير ممكنة: {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The badge of {0} changed meanwhile; ask for the reprint again.</source>
        <translation>تغيّرت بطاقة {0} في هذه الأثناء؛ اطلب إعادة الطباعة من جديد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a rejection can be overridden.</source>
        <translation>لا يمكن السماح الاستثنائي إلا بعد رفض.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not done: something changed meanwhile ({0}).</source>
        <translation>لم يتم: تغيّر شيء ما في هذه الأثناء ({0}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unavailable</source>
        <translation>غير متاح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{delegation} is not available at this time ({reason}).</source>
        <translation>{delegation} غير متاح في هذا الوقت ({reason}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> and </source>
        <translation> و</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{delegations} share no language: choose an interpreter for {languages}.</source>
        <translation>لا لغة مشتركة بين {delegations}: اختر مترجمًا لـ {languages}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0} has {1} meeting(s); move or cancel them before removing it.</source>
        <translation>لدى {0} {1} من الاجتماعات؛ انقلها أو ألغها قبل الحذف.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled meetings keep {0} in their history; rename it instead of removing it.</source>
        <translation>تحتفظ الاجتماعات الملغاة بـ {0} في سجلها؛ غيّر الاسم بدلًا من الحذف.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} interprets at {1} meeting(s); give those meetings another interpreter first.</source>
        <translation>يترجم {0} في {1} من الاجتماعات؛ عيّن لها مترجمًا آخر أولًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled meetings keep {0} in their history.</source>
        <translation>تحتفظ الاجتماعات الملغاة بـ {0} في سجلها.</translation>
    </message>
</context>
<context>
    <name>FailedJobsPanel</name>
    <message>
        <location filename="../../ui/widgets/print_jobs.py" line="+43"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badges</source>
        <translation>البطاقات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer</source>
        <translation>الطابعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n print job(s) failed</source>
        <translation>
            <numerusform>فشلت %n مهمة طباعة</numerusform>
            <numerusform>فشلت %n مهمة طباعة</numerusform>
            <numerusform>فشلت %n مهمتا طباعة</numerusform>
            <numerusform>فشلت %n مهام طباعة</numerusform>
            <numerusform>فشلت %n مهمة طباعة</numerusform>
            <numerusform>فشلت %n مهمة طباعة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/dialogs/participant_edit.py" line="+81"/>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layout</source>
        <translation>التخطيط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked versions</source>
        <translation>الإصدارات الملغاة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filled in</source>
        <translation>استُكمل من السجل المكرر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged from</source>
        <translation>السجل المكرر المدمج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged into</source>
        <translation>مكرر للسجل</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>When ({0})</source>
        <translation>متى ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>المشغّل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+54"/>
        <source>registered</source>
        <translation>مسجَّل</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>edited</source>
        <translation>عُدِّل</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+52"/>
        <source>cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>merged</source>
        <translation>دُمج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new badge version</source>
        <translation>إصدار جديد من البطاقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>badge printed</source>
        <translation>طُبعت البطاقة</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_report.py" line="+29"/>
        <source>Import report</source>
        <translation>تقرير الاستيراد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: {1} problem(s) found. Nothing was imported; correct the file and import it again.</source>
        <translation>{0}: عُثر على {1} مشكلة. لم يُستورد شيء؛ صحّح الملف ثم استورده مجددًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: {1} new, {2} updated, {3} unchanged.</source>
        <translation>{0}: {1} جديد، {2} محدَّث، {3} دون تغيير.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+12"/>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../ui/kiosk.py" line="+119"/>
        <source>ForumDesk self check-in</source>
        <translation>ForumDesk – تسجيل الحضور الذاتي</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Welcome!</source>
        <extracomment>Font sizes (pixels at 1280x800, bold); scaled to the screen in resizeEvent.</extracomment>
        <translation>أهلًا وسهلًا!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please scan your badge</source>
        <translation>يُرجى مسح بطاقتك ضوئيًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the QR code under the scanner</source>
        <translation>ضع رمز QR تحت الماسح الضوئي</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Welcome, you are checked in</source>
        <translation>أهلًا بك، تم تسجيل حضورك</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enjoy the forum!</source>
        <translation>نتمنى لك منتدى ممتعًا!</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You are already checked in</source>
        <translation>سبق تسجيل حضورك</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please go ahead.</source>
        <translation>تفضّل بالدخول.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+87"/>
        <source>Please see the registration desk</source>
        <translation>يُرجى التوجه إلى مكتب التسجيل</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>We could not check you in here.</source>
        <translation>تعذّر تسجيل حضورك هنا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Our staff will help you.</source>
        <translation>سيساعدك فريقنا.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Your badge is printing…</source>
        <translation>جارٍ طباعة بطاقتك…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Please take your badge from the printer.</source>
        <translation>يُرجى أخذ بطاقتك من الطابعة.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No badge could be printed here, but the badge you scanned works at every entrance.</source>
        <translation>تعذّرت طباعة بطاقة هنا، لكن البطاقة التي مسحتها صالحة عند كل المداخل.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please collect your badge at the registration desk.</source>
        <translation>يُرجى استلام بطاقتك من مكتب التسجيل.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/actions.py" line="+23"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import participants…</source>
        <translation>ا&amp;ستيراد المشاركين…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Desk</source>
        <translation>المكت&amp;ب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Desk &amp;name…</source>
        <translation>ا&amp;سم المكتب…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Operator…</source>
        <translation>ال&amp;مشغّل…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go</source>
        <translation>انت&amp;قال</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ForumDesk</source>
        <translation>&amp;حول ForumDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kiosk mode</source>
        <translation>وضع الخدمة ال&amp;ذاتية</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language applies when ForumDesk starts again.</source>
        <translation>تُطبَّق اللغة الجديدة عند تشغيل ForumDesk مرة أخرى.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Desk name</source>
        <translation>اسم المكتب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of this desk:</source>
        <translation>اسم هذا المكتب:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Operator</source>
        <translation>المشغّل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is working at this desk?</source>
        <translation>من يعمل على هذا المكتب؟</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>About ForumDesk</source>
        <translation>حول ForumDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;ForumDesk {0}&lt;/h3&gt;&lt;p&gt;Registration, badges, check-in and bilateral meetings for international forums.&lt;/p&gt;&lt;p&gt;Fonts: Noto (SIL Open Font License), Droid Sans Fallback (Apache 2.0).&lt;/p&gt;&lt;p&gt;Log files: {1}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ForumDesk {0}&lt;/h3&gt;&lt;p&gt;التسجيل والبطاقات وتسجيل الحضور والاجتماعات الثنائية للمنتديات الدولية.&lt;/p&gt;&lt;p&gt;الخطوط: Noto (SIL Open Font License)، وDroid Sans Fallback (Apache 2.0).&lt;/p&gt;&lt;p&gt;ملفات السجل: {1}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+42"/>
        <source>ForumDesk</source>
        <translation>ForumDesk</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Check-in</source>
        <translation>تسجيل الحضور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badges</source>
        <translation>البطاقات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>لوحة المتابعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This page arrives with a coming version of ForumDesk.</source>
        <translation>ستتوفر هذه الصفحة في إصدار قادم من ForumDesk.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Event: {0}</source>
        <translation>الفعالية: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No event yet: import participants</source>
        <translation>لا توجد فعالية بعد: استورد المشاركين</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no operator</source>
        <translation>لا مشغّل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desk: {0} · {1} · {2}</source>
        <translation>المكتب: {0} · {1} · {2}</translation>
    </message>
</context>
<context>
    <name>MeetingGrid</name>
    <message>
        <location filename="../../ui/widgets/meeting_grid.py" line="+93"/>
        <source>Interpreter: {0}</source>
        <translation>المترجم: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provisional: not yet confirmed by the server</source>
        <translation>مؤقت: لم يؤكده الخادم بعد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not yet sent to the server</source>
        <translation>لم يُرسل إلى الخادم بعد</translation>
    </message>
</context>
<context>
    <name>MeetingRequestDialog</name>
    <message>
        <location filename="../../ui/dialogs/meeting_request.py" line="+43"/>
        <source>New meeting request</source>
        <translation>طلب اجتماع جديد</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type part of the name…</source>
        <translation>اكتب جزءًا من الاسم…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 normal · 2 high · 3 essential</source>
        <translation>1 عادية · 2 عالية · 3 أساسية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Talks</source>
        <translation>مباحثات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement signing</source>
        <translation>توقيع اتفاقية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twinning</source>
        <translation>توأمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>language codes to interpret, e.g. ru; zh (optional)</source>
        <translation>رموز اللغات المطلوب ترجمتها، مثل ru; zh (اختياري)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Requested by</source>
        <translation>مقدَّم من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wants to meet</source>
        <translation>يرغب في لقاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language needs</source>
        <translation>الاحتياجات اللغوية</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File request</source>
        <translation>تقديم الطلب</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{0} speaks {1}; {2} speaks {3}.</source>
        <translation>{0} يتحدث {1}؛ {2} يتحدث {3}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>They share {0}.</source>
        <translation>لغتهما المشتركة: {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They need an interpreter.</source>
        <translation>يحتاجان إلى مترجم.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose both delegations from the list.</source>
        <translation>اختر الوفدين كليهما من القائمة.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A delegation cannot ask to meet itself.</source>
        <translation>لا يمكن لوفد أن يطلب الاجتماع بنفسه.</translation>
    </message>
</context>
<context>
    <name>MeetingSetupDialog</name>
    <message>
        <location filename="../../ui/dialogs/meeting_setup.py" line="+77"/>
        <source>Meeting setup</source>
        <translation>إعداد الاجتماعات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting days</source>
        <translation>أيام الاجتماعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tables and rooms</source>
        <translation>الطاولات والقاعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreters</source>
        <translation>المترجمون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unavailable times</source>
        <translation>أوقات عدم التوفر</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+74"/>
        <location line="+25"/>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Slots</source>
        <translation>الفترات</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+75"/>
        <location line="+25"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="-100"/>
        <location line="+76"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location line="-70"/>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 13:00-14:00; 16:00-16:15</source>
        <translation>مثل 13:00-14:00; 16:00-16:15</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add day</source>
        <translation>إضافة يوم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove day</source>
        <translation>حذف اليوم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First slot at</source>
        <translation>أول فترة في</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slot length</source>
        <translation>مدة الفترة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of slots</source>
        <translation>عدد الفترات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks</source>
        <translation>الاستراحات</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+14"/>
        <location line="+10"/>
        <location line="+11"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+15"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Capacity</source>
        <translation>السعة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Table 25 or Room B</source>
        <translation>مثل طاولة 25 أو قاعة B</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+118"/>
        <source>Table</source>
        <translation>طاولة</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+117"/>
        <source>Room</source>
        <translation>قاعة</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+21"/>
        <location line="+37"/>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+21"/>
        <source>Save changes</source>
        <translation>حفظ التغييرات</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+21"/>
        <location line="+35"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Seats</source>
        <translation>المقاعد</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>codes, e.g. ru; zh; en</source>
        <translation>الرموز، مثل ru; zh; en</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+25"/>
        <source>Delegation</source>
        <translation>الوفد</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+24"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Type part of the name…</source>
        <translation>اكتب جزءًا من الاسم…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. plenary speech</source>
        <translation>مثل كلمة في الجلسة العامة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Write breaks as from-to times, e.g. 13:00-14:00; 16:00-16:15.</source>
        <translation>اكتب الاستراحات بصيغة من-إلى، مثل 13:00-14:00; 16:00-16:15.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} slots added on {1}.</source>
        <translation>أُضيفت {0} فترة في {1}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} removed.</source>
        <translation>حُذف يوم {0}.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>{0} is unavailable from {1} to {2}.</source>
        <translation>{0} غير متاح من {1} إلى {2}.</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Choose a day in the list first.</source>
        <translation>اختر يومًا من القائمة أولًا.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Give the table or room a name.</source>
        <translation>أعطِ الطاولة أو القاعة اسمًا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+46"/>
        <source>{0} added.</source>
        <translation>أُضيف {0}.</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+16"/>
        <source>Choose a table in the list first.</source>
        <translation>اختر طاولة من القائمة أولًا.</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+44"/>
        <source>{0} saved.</source>
        <translation>حُفظ {0}.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Table removed.</source>
        <translation>حُذفت الطاولة.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+14"/>
        <source>An interpreter needs a name and language codes.</source>
        <translation>يحتاج المترجم إلى اسم ورموز لغات.</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+14"/>
        <source>Choose an interpreter in the list first.</source>
        <translation>اختر مترجمًا من القائمة أولًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interpreter removed.</source>
        <translation>حُذف المترجم.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a delegation from the list.</source>
        <translation>اختر وفدًا من القائمة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a meeting day first.</source>
        <translation>أضف يوم اجتماعات أولًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The unavailable time must end after it starts.</source>
        <translation>يجب أن ينتهي وقت عدم التوفر بعد بدايته.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose an unavailable time in the list first.</source>
        <translation>اختر وقت عدم توفر من القائمة أولًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unavailable time removed.</source>
        <translation>حُذف وقت عدم التوفر.</translation>
    </message>
</context>
<context>
    <name>MeetingWords</name>
    <message>
        <location filename="../../ui/meeting_words.py" line="+21"/>
        <source>Talks</source>
        <translation>مباحثات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement signing</source>
        <translation>توقيع اتفاقية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twinning</source>
        <translation>توأمة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Booked</source>
        <translation>محجوز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>مؤكد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>عُقد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>لم يحضر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no interpreter for {languages}</source>
        <translation>لا مترجم لـ {languages}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delegation unavailable ({delegation})</source>
        <translation>الوفد غير متاح ({delegation})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no common free slot for {a} and {b}</source>
        <translation>لا فترة فارغة مشتركة بين {a} و{b}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every table is taken when both are free</source>
        <translation>كل الطاولات محجوزة حين يكون الوفدان متاحين</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the interpreters for {languages} are busy when both are free</source>
        <translation>مترجمو {languages} مشغولون حين يكون الوفدان متاحين</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{a} and {b} already have a meeting</source>
        <translation>لدى {a} و{b} اجتماع بالفعل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>asked twice; one meeting is planned</source>
        <translation>طُلب مرتين؛ خُطط اجتماع واحد</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../ui/pages/meetings.py" line="+68"/>
        <source>Interpreter for the booking</source>
        <translation>المترجم للحجز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interpreter:</source>
        <translation>المترجم:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Setup…</source>
        <translation>الإعداد…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting days, tables and rooms, interpreters, unavailable times</source>
        <translation>أيام الاجتماعات، الطاولات والقاعات، المترجمون، أوقات عدم التوفر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New request…</source>
        <translation>طلب جديد…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to…</source>
        <translation>نقل إلى…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a meeting, press Move to…, then click a free cell (or drag it there)</source>
        <translation>اختر اجتماعًا، واضغط «نقل إلى…»، ثم انقر خلية فارغة (أو اسحبه إليها)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Swap</source>
        <translation>تبديل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select two meetings (Ctrl+click) and swap them</source>
        <translation>حدد اجتماعين (Ctrl+نقر) وبدّل بينهما</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Book here</source>
        <translation>احجز هنا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel meeting</source>
        <translation>إلغاء الاجتماع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule automatically</source>
        <translation>جدولة تلقائية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agenda PDF…</source>
        <translation>جدول الأعمال PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day:</source>
        <translation>اليوم:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Agenda of:</source>
        <translation>جدول أعمال:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Legend:</source>
        <translation>مفتاح الرموز:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} dashed, italic: provisional, not yet confirmed by the server</source>
        <translation>{0} متقطع ومائل: مؤقت، لم يؤكده الخادم بعد</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>bold: confirmed</source>
        <translation>عريض: مؤكد</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none: they bring their own</source>
        <translation>لا أحد: لديهم مترجمهم الخاص</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose a request and a free cell first.</source>
        <translation>اختر طلبًا وخلية فارغة أولًا.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Booked (provisional until the server confirms).</source>
        <translation>حُجز (مؤقتًا حتى يؤكده الخادم).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Meeting cancelled; its request is open again.</source>
        <translation>أُلغي الاجتماع؛ وأصبح طلبه مفتوحًا من جديد.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not moved: </source>
        <translation>لم يُنقل: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Moved (provisional until the server confirms).</source>
        <translation>نُقل (مؤقتًا حتى يؤكده الخادم).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the meeting to move first.</source>
        <translation>اختر الاجتماع المراد نقله أولًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Now click the free cell to move the meeting to (press Move to… again to stop).</source>
        <translation>انقر الآن الخلية الفارغة التي تريد نقل الاجتماع إليها (اضغط «نقل إلى…» مجددًا للتوقف).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select exactly two meetings to swap (Ctrl+click).</source>
        <translation>حدد اجتماعين بالضبط للتبديل (Ctrl+نقر).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not swapped: </source>
        <translation>لم يُبدَّل: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Swapped (provisional until the server confirms).</source>
        <translation>بُدِّل (مؤقتًا حتى يؤكده الخادم).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Request filed.</source>
        <translation>قُدِّم الطلب.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save agenda</source>
        <translation>حفظ جدول الأعمال</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Agenda of {0} with {1} meetings saved.</source>
        <translation>حُفظ جدول أعمال {0} وفيه {1} اجتماع.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ui/dialogs/supervisor.py" line="+134"/>
        <source>Supervisor override</source>
        <translation>سماح استثنائي من المشرف</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why is this person admitted?</source>
        <translation>لماذا يُسمح لهذا الشخص بالدخول؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Admit {0} despite the rejection.</source>
        <translation>السماح بدخول {0} رغم الرفض.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation>المشرف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN</source>
        <translation>الرقم السري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Admit</source>
        <translation>سماح بالدخول</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Wrong PIN.</source>
        <translation>الرقم السري خاطئ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Override refused: {0}</source>
        <translation>رُفض السماح الاستثنائي: {0}</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Please give a reason.</source>
        <translation>يُرجى ذكر السبب.</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <location filename="../../ui/widgets/participant_table.py" line="+28"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (Latin)</source>
        <translation>الاسم (بالحروف اللاتينية)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>الوفد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>registered</source>
        <translation>مسجَّل</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../ui/pages/participants.py" line="+55"/>
        <source>Filter by name in any script, code, delegation…</source>
        <translation>تصفية بالاسم بأي خط أو الرمز أو الوفد…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+178"/>
        <location line="+21"/>
        <source>Cancel participant</source>
        <translation>إلغاء المشارك</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>Merge…</source>
        <translation>دمج…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History…</source>
        <translation>السجل…</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>All delegations</source>
        <translation>كل الوفود</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All countries</source>
        <translation>كل البلدان</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All categories</source>
        <translation>كل الفئات</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n participant(s) shown</source>
        <translation>
            <numerusform>يُعرض %n مشارك</numerusform>
            <numerusform>يُعرض %n مشارك</numerusform>
            <numerusform>يُعرض %n مشاركان</numerusform>
            <numerusform>يُعرض %n مشاركين</numerusform>
            <numerusform>يُعرض %n مشاركًا</numerusform>
            <numerusform>يُعرض %n مشارك</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not load participants: {0}</source>
        <translation>تعذّر تحميل المشاركين: {0}</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Reinstate</source>
        <translation>إعادة التفعيل</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancel the registration of {0}? Their badge will be refused at check-in.
Reason:</source>
        <translation>هل تريد إلغاء تسجيل {0}؟ سترفض بطاقته عند تسجيل الحضور.
السبب:</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+14"/>
        <location line="+6"/>
        <source>Merge participants</source>
        <translation>دمج المشاركين</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Registration code of the duplicate to merge into {0}:</source>
        <translation>رمز تسجيل السجل المكرر المراد دمجه في {0}:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No other participant has the code {0}.</source>
        <translation>لا يوجد مشارك آخر بالرمز {0}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Merge {0} ({1}) into {2} ({3})? The duplicate is cancelled; empty fields are filled from it.</source>
        <translation>هل تريد دمج {0} ({1}) في {2} ({3})؟ يُلغى السجل المكرر وتُملأ الحقول الفارغة منه.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Import participants</source>
        <translation>استيراد المشاركين</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participant lists (*.csv *.xlsx);;All files (*)</source>
        <translation>قوائم المشاركين (*.csv *.xlsx);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Importing {0}…</source>
        <translation>جارٍ استيراد {0}…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing was imported.</source>
        <translation>لم يُستورد شيء.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be imported: {0}</source>
        <translation>تعذّر استيراد الملف: {0}</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../ui/kiosk.py" line="-249"/>
        <source>Supervisor</source>
        <translation>المشرف</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Supervisor PIN to leave the kiosk:</source>
        <translation>الرقم السري للمشرف للخروج من وضع الخدمة الذاتية:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Wrong PIN.</source>
        <translation>الرقم السري خاطئ.</translation>
    </message>
</context>
<context>
    <name>PrintJobs</name>
    <message>
        <location filename="../../ui/errors.py" line="-297"/>
        <source>There is no printer “%1” on this computer.</source>
        <translation>لا توجد طابعة «%1» على هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No printer chosen, and this computer has no default printer.</source>
        <translation>لم تُختر طابعة، ولا توجد طابعة افتراضية على هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The printer “%1” is not accepting jobs.</source>
        <translation>الطابعة «%1» لا تقبل المهام.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The printer “%1” is paused.</source>
        <translation>الطابعة «%1» متوقفة مؤقتًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer “%1” refused the job.</source>
        <translation>رفضت الطابعة «%1» المهمة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The print system of this computer is not running.</source>
        <translation>نظام الطباعة في هذا الحاسوب لا يعمل.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent: the printer “%1” had a problem with an earlier job.</source>
        <translation>لم يُرسل: واجهت الطابعة «%1» مشكلة في مهمة سابقة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The printer “%1” failed to print the job.</source>
        <translation>تعذّر على الطابعة «%1» طباعة المهمة.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Printers: %1</source>
        <translation>الطابعات: %1</translation>
    </message>
</context>
<context>
    <name>PrinterDialog</name>
    <message>
        <location filename="../../ui/dialogs/printer_choice.py" line="+35"/>
        <source>Print badges</source>
        <translation>طباعة البطاقات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 × %2 mm, full page, 100 %</source>
        <translation>%1 × %2 مم، صفحة كاملة، 100 %</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Printer</source>
        <translation>الطابعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper source</source>
        <translation>مصدر الورق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper</source>
        <translation>الورق</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not accepting jobs</source>
        <translation>لا يقبل المهام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused</source>
        <translation>متوقفة مؤقتًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>printing</source>
        <translation>تطبع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready</source>
        <translation>جاهزة</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The printer “%1” chosen before is not on this computer.</source>
        <translation>الطابعة «%1» المختارة سابقًا غير موجودة على هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No printers are installed on this computer.</source>
        <translation>لا توجد طابعات مثبتة على هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Printer&apos;s default</source>
        <translation>الافتراضي للطابعة</translation>
    </message>
</context>
<context>
    <name>RequestList</name>
    <message>
        <location filename="../../ui/widgets/meeting_requests.py" line="+36"/>
        <source>Filter requests by delegation…</source>
        <translation>تصفية الطلبات حسب الوفد…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open requests</source>
        <translation>الطلبات المفتوحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All requests</source>
        <translation>كل الطلبات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requested by</source>
        <translation>مقدَّم من</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With</source>
        <translation>مع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Needs an interpreter for {0}</source>
        <translation>يحتاج إلى مترجم لـ {0}</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../../ui/widgets/result_panel.py" line="+174"/>
        <source>Ready: scan a badge</source>
        <extracomment>Background and text colour of each state (amber takes dark text for contrast). Text size of the badge-printing line, and the share of the panel&apos;s width it may take. Looks of the badge-printing line: on the panel&apos;s colour, or a white card for a problem. The panel shows something else (a decision, a message, idle): lines that belong to what it showed before (the badge printing on arrival) are set again. Times of earlier check-ins are shown in the event&apos;s time zone.</extracomment>
        <translation>جاهز: امسح بطاقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or type a name or registration code.</source>
        <translation>أو اكتب اسمًا أو رمز تسجيل.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Genuine badge</source>
        <translation>بطاقة أصلية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details arrive with the next sync</source>
        <translation>تصل التفاصيل مع المزامنة القادمة</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>✔ Checked out</source>
        <translation>✔ سُجّل الخروج</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✔ Welcome in</source>
        <translation>✔ تفضّل بالدخول</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● Already checked in</source>
        <translation>● سبق تسجيل حضوره</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✖ Not admitted</source>
        <translation>✖ الدخول مرفوض</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Genuine badge. Details arrive with the next sync.</source>
        <translation>بطاقة أصلية. تصل التفاصيل مع المزامنة القادمة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admitted by a supervisor override.</source>
        <translation>سُمح بالدخول استثنائيًا من المشرف.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked out (had not been checked in here).</source>
        <translation>سُجّل الخروج (لم يُسجَّل دخوله هنا).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already in since {0} at {1}. Re-entry is allowed.</source>
        <translation>في الداخل منذ {0} عند {1}. يُسمح بالدخول مجددًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already inside since {0} at {1}. No re-entry here without a supervisor.</source>
        <translation>في الداخل منذ {0} عند {1}. لا دخول مجددًا هنا دون المشرف.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown code. Search by name instead.</source>
        <translation>رمز غير معروف. ابحث بالاسم بدلًا من ذلك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forged badge: not issued by this forum. Call a supervisor.</source>
        <translation>بطاقة مزوّرة: لم يُصدرها هذا المنتدى. استدعِ المشرف.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badge printed at a desk not known here yet. Sync, or search by name.</source>
        <translation>طُبعت البطاقة في مكتب غير معروف هنا بعد. زامِن أو ابحث بالاسم.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badge signed with a withdrawn desk key. Call a supervisor.</source>
        <translation>البطاقة موقّعة بمفتاح مكتب مسحوب. استدعِ المشرف.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge of another event.</source>
        <translation>بطاقة فعالية أخرى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old badge: a newer one was printed. Ask for the current badge.</source>
        <translation>بطاقة قديمة: طُبعت بطاقة أحدث. اطلب البطاقة السارية.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration cancelled.</source>
        <translation>التسجيل ملغى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not allowed in this zone.</source>
        <translation>غير مسموح بالدخول إلى هذه المنطقة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This badge is not valid today.</source>
        <translation>هذه البطاقة غير صالحة اليوم.</translation>
    </message>
</context>
<context>
    <name>ScheduleFlow</name>
    <message>
        <location filename="../../ui/pages/meeting_schedule.py" line="+51"/>
        <location line="+23"/>
        <source>Scheduling meetings…</source>
        <translation>جارٍ جدولة الاجتماعات…</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Placed %n meeting(s).</source>
        <translation>
            <numerusform>جُدول %n اجتماع.</numerusform>
            <numerusform>جُدول %n اجتماع.</numerusform>
            <numerusform>جُدول %n اجتماعان.</numerusform>
            <numerusform>جُدولت %n اجتماعات.</numerusform>
            <numerusform>جُدول %n اجتماعًا.</numerusform>
            <numerusform>جُدول %n اجتماع.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n request(s) could not be placed.</source>
        <translation>
            <numerusform>تعذّرت جدولة %n طلب.</numerusform>
            <numerusform>تعذّرت جدولة %n طلب.</numerusform>
            <numerusform>تعذّرت جدولة %n طلبين.</numerusform>
            <numerusform>تعذّرت جدولة %n طلبات.</numerusform>
            <numerusform>تعذّرت جدولة %n طلبًا.</numerusform>
            <numerusform>تعذّرت جدولة %n طلب.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority weight {0} of at most {1} ({2:.1f} %).</source>
        <translation>وزن الأولوية {0} من حد أقصى {1} ({2:.1f} %).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>… and {0} more.</source>
        <translation>… و{0} غيرها.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scheduling cancelled; nothing was booked.</source>
        <translation>أُلغيت الجدولة؛ لم يُحجز شيء.</translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <location filename="../../ui/dialogs/supervisor.py" line="-99"/>
        <source>Change the supervisor PIN</source>
        <translation>تغيير الرقم السري للمشرف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Supervisor PIN</source>
        <translation>الرقم السري للمشرف</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A supervisor types this PIN to admit someone a rejection turned away and to leave the kiosk. There is no default PIN: choose one of {0} to {1} characters and keep it from the desk staff.</source>
        <translation>يكتب المشرف هذا الرقم السري للسماح بدخول شخص رُفض، وللخروج من وضع الخدمة الذاتية. لا يوجد رقم سري افتراضي: اختر رقمًا من {0} إلى {1} محارف ولا تُطلع عليه موظفي المكتب.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Current PIN</source>
        <translation>الرقم السري الحالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New PIN</source>
        <translation>الرقم السري الجديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New PIN again</source>
        <translation>الرقم السري الجديد مرة أخرى</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The two new PINs differ.</source>
        <translation>الرقمان السريان الجديدان مختلفان.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The current PIN is wrong; nothing was changed.</source>
        <translation>الرقم السري الحالي خاطئ؛ لم يتغير شيء.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="+48"/>
        <source>Desk settings</source>
        <translation>إعدادات المكتب</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>chosen when printing</source>
        <translation>تُختار عند الطباعة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play a sound for each scan result</source>
        <translation>تشغيل صوت لكل نتيجة مسح</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not enrolled (see the Sync page)</source>
        <translation>غير مربوط (انظر صفحة المزامنة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk name</source>
        <translation>اسم المكتب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>المشغّل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zone</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge layout</source>
        <translation>تخطيط البطاقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+100"/>
        <source>Printer</source>
        <translation>الطابعة</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Walk-in category</source>
        <translation>فئة التسجيل الفوري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor PIN</source>
        <translation>الرقم السري للمشرف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>set</source>
        <translation>مُعيَّن</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not set: overrides are refused</source>
        <translation>غير مُعيَّن: يُرفض السماح الاستثنائي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change…</source>
        <translation>تغيير…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set…</source>
        <translation>تعيين…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Print badge on arrival</source>
        <translation>طباعة البطاقة عند الوصول</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (not on this computer)</source>
        <translation>%1 (غير موجودة على هذا الحاسوب)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At a participant&apos;s first admission, if no badge of theirs was printed yet, the badge prints at once.</source>
        <translation>عند أول دخول للمشارك، إن لم تُطبع له أي بطاقة بعد، تُطبع البطاقة فورًا.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Layout</source>
        <translation>التخطيط</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Desk&apos;s badge layout (%1)</source>
        <translation>تخطيط بطاقات المكتب (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chosen for this layout (%1)</source>
        <translation>المختارة لهذا التخطيط (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System default printer (%1)</source>
        <translation>الطابعة الافتراضية للنظام (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System default printer</source>
        <translation>الطابعة الافتراضية للنظام</translation>
    </message>
</context>
<context>
    <name>SupervisorPin</name>
    <message>
        <location filename="../../ui/errors.py" line="-55"/>
        <source>No supervisor PIN is set on this desk, so overrides are refused. Set one in Desk &gt; Settings &gt; Supervisor PIN…</source>
        <translation>لم يُعيَّن رقم سري للمشرف على هذا المكتب، لذا يُرفض السماح الاستثنائي. عيّنه من المكتب &gt; الإعدادات &gt; الرقم السري للمشرف…</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/pages/sync.py" line="+23"/>
        <source>Sync now</source>
        <translation>زامِن الآن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enroll…</source>
        <translation>ربط…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Started</source>
        <translation>البدء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>المُرسَل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>المُستلَم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Answer</source>
        <translation>الرد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suggested slot</source>
        <translation>الفترة المقترحة</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Move to suggested slot</source>
        <translation>النقل إلى الفترة المقترحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changes from the server this desk cannot apply. Sync goes on without them; tell the administrator.</source>
        <translation>تغييرات من الخادم لا يستطيع هذا المكتب تطبيقها. تستمر المزامنة من دونها؛ أبلغ المسؤول.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent sync rounds</source>
        <translation>جولات المزامنة الأخيرة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicts to resolve</source>
        <translation>تعارضات يجب حلها</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Received changes set aside</source>
        <translation>تغييرات مستلمة مُنحّاة</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Server: {0} (role: {1})</source>
        <translation>الخادم: {0} (الدور: {1})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This desk is not connected to a server yet.</source>
        <translation>هذا المكتب غير مربوط بخادم بعد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Started ({0})</source>
        <translation>البدء ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested slot ({0})</source>
        <translation>الفترة المقترحة ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When ({0})</source>
        <translation>متى ({0})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ok</source>
        <translation>ناجحة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>فاشلة</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+12"/>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change {0}, feed position {1}, about {2}</source>
        <translation>التغيير {0}، الموضع في السجل {1}، بشأن {2}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="+224"/>
        <source>Online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected to a server</source>
        <translation>غير مربوط بخادم</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n تغيير في الانتظار</numerusform>
            <numerusform>%n تغيير في الانتظار</numerusform>
            <numerusform>%n تغييران في الانتظار</numerusform>
            <numerusform>%n تغييرات في الانتظار</numerusform>
            <numerusform>%n تغييرًا في الانتظار</numerusform>
            <numerusform>%n تغيير في الانتظار</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last sync {0}</source>
        <translation>آخر مزامنة {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n تعارض</numerusform>
            <numerusform>%n تعارض</numerusform>
            <numerusform>%n تعارضان</numerusform>
            <numerusform>%n تعارضات</numerusform>
            <numerusform>%n تعارضًا</numerusform>
            <numerusform>%n تعارض</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeChart</name>
    <message>
        <location filename="../../ui/widgets/charts.py" line="+127"/>
        <source>No arrivals yet</source>
        <translation>لم يصل أحد بعد</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>arrived so far: %1</source>
        <translation>الواصلون حتى الآن: %1</translation>
    </message>
</context>
<context>
    <name>TypedSearch</name>
    <message>
        <location filename="../../ui/pages/checkin_search.py" line="+110"/>
        <source>Nobody found for “{0}”.</source>
        <translation>لم يُعثر على أحد باسم «{0}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter checks in {0}.</source>
        <translation>يسجّل Enter حضور {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More than {0} people match: type more of the name, or choose one with ↑ ↓ or the mouse.</source>
        <translation>يطابق أكثر من {0} شخصًا: اكتب المزيد من الاسم، أو اختر واحدًا بالسهمين ↑ ↓ أو بالفأرة.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n people match: choose one with ↑ ↓ or the mouse, then press Enter.</source>
        <translation>
            <numerusform>%n يطابقون.</numerusform>
            <numerusform>%n شخص يطابق: اختره بالسهمين ↑ ↓ أو بالفأرة ثم اضغط Enter.</numerusform>
            <numerusform>%n شخصان يطابقان: اختر أحدهما بالسهمين ↑ ↓ أو بالفأرة ثم اضغط Enter.</numerusform>
            <numerusform>%n أشخاص يطابقون: اختر واحدًا بالسهمين ↑ ↓ أو بالفأرة ثم اضغط Enter.</numerusform>
            <numerusform>%n شخصًا يطابقون: اختر واحدًا بالسهمين ↑ ↓ أو بالفأرة ثم اضغط Enter.</numerusform>
            <numerusform>%n شخص يطابقون: اختر واحدًا بالسهمين ↑ ↓ أو بالفأرة ثم اضغط Enter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../ui/dialogs/walk_in.py" line="+37"/>
        <source>Walk-in registration</source>
        <translation>تسجيل فوري</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>transliterated when left empty</source>
        <translation>يُكتب بالحروف اللاتينية تلقائيًا إن تُرك فارغًا</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ISO code or English name, e.g. RU, Brazil</source>
        <translation>رمز ISO أو الاسم بالإنجليزية، مثل RU أو Brazil</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Given name (own script)</source>
        <translation>الاسم الأول (بخطه الأصلي)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name (own script)</source>
        <translation>اسم العائلة (بخطه الأصلي)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name (Latin)</source>
        <translation>الاسم الأول (بالحروف اللاتينية)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name (Latin)</source>
        <translation>اسم العائلة (بالحروف اللاتينية)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>الوفد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title or position</source>
        <translation>اللقب أو المنصب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Register and print badge</source>
        <translation>تسجيل وطباعة البطاقة</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Type the person&apos;s name.</source>
        <translation>اكتب اسم الشخص.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose or type a delegation.</source>
        <translation>اختر وفدًا أو اكتبه.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the country.</source>
        <translation>اكتب البلد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a category.</source>
        <translation>اختر فئة.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="+174"/>
        <source>ForumDesk</source>
        <translation>ForumDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The forum database {0} cannot be opened:
{1}</source>
        <translation>تعذّر فتح قاعدة بيانات المنتدى {0}:
{1}</translation>
    </message>
</context>
<context>
    <name>failsafe</name>
    <message>
        <location filename="../../ui/failsafe.py" line="+180"/>
        <location line="+33"/>
        <source>ForumDesk</source>
        <extracomment>One message box at a time, and no more than one every this many seconds: an error raised at every dashboard refresh must not bury the desk in dialogs.</extracomment>
        <translation>ForumDesk</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Something went wrong, but the desk keeps running and nothing recorded is lost.</source>
        <translation>حدث خطأ، لكن المكتب يواصل العمل ولم يُفقد شيء مما سُجّل.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}

Details are in the log: {1}</source>
        <translation>{0}

التفاصيل في السجل: {1}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>ForumDesk did not close properly last time (started {0}).</source>
        <translation>لم يُغلق ForumDesk بشكل سليم في المرة السابقة (بدأ في {0}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check-ins recorded before are safe. If this happens again, give the log to your IT contact: {0}</source>
        <translation>تسجيلات الدخول المسجّلة سابقًا محفوظة. إذا تكرر ذلك، فسلّم السجل إلى مسؤول تقنية المعلومات لديك: {0}</translation>
    </message>
</context>
</TS>
