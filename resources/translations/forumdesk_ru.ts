<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>ArrivalPrinting</name>
    <message>
        <location filename="../../ui/arrival_printing.py" line="+211"/>
        <source>The badge could not be made (see the desk&apos;s log).</source>
        <extracomment>How long a badge&apos;s job is followed after the queue took it, in seconds; a job still in the queue then stays &quot;sent to PRINTER&quot;. Jobs followed at once; more wait their turn (the badges are in the queue already). checking (is it printed already?), printing, sent, printed or failed What went wrong, in the operator&apos;s words (state failed). The job is being followed in the queue (a failure may still come). The check-in that started it (or its latest retry): the panel shows this one&apos;s state while it shows that check-in. A badge&apos;s printing state changed (its registration code). By registration code: badges printing now, and those that failed.</extracomment>
        <translation>Не удалось подготовить бейдж (подробности в журнале стойки).</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Badge printing…</source>
        <translation>Бейдж печатается…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badge sent to %1</source>
        <translation>Бейдж отправлен на %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badge printed</source>
        <translation>Бейдж напечатан</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Badge not printed: %1</source>
        <translation>Бейдж не напечатан: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Earlier badges not printed: %1.</source>
        <translation>Ранее не напечатано бейджей: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press %1 to try again.</source>
        <translation>Нажмите %1, чтобы повторить.</translation>
    </message>
</context>
<context>
    <name>BadgeList</name>
    <message>
        <location filename="../../ui/widgets/badge_list.py" line="+34"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latin name</source>
        <translation>Имя латиницей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge</source>
        <translation>Бейдж</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>not printed</source>
        <translation>не напечатан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>v%1 not printed</source>
        <translation>в%1 не напечатан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printed ×%1</source>
        <translation>напечатан ×%1</translation>
    </message>
</context>
<context>
    <name>BadgePdf</name>
    <message>
        <location filename="../../ui/badge_pdf.py" line="+36"/>
        <source>Save badges as PDF</source>
        <translation>Сохранить бейджи в PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Writing %n badge(s)…</source>
        <translation>
            <numerusform>Запись %n бейджа…</numerusform>
            <numerusform>Запись %n бейджей…</numerusform>
            <numerusform>Запись %n бейджей…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n badge(s) saved to %1</source>
        <translation>
            <numerusform>%n бейдж сохранён в %1</numerusform>
            <numerusform>%n бейджа сохранено в %1</numerusform>
            <numerusform>%n бейджей сохранено в %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancelled; nothing was logged as printed.</source>
        <translation>Отменено; ничего не записано как напечатанное.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badges not printed</source>
        <translation>Бейджи не напечатаны</translation>
    </message>
</context>
<context>
    <name>BadgePreview</name>
    <message>
        <location filename="../../ui/widgets/badge_preview.py" line="+33"/>
        <source>Choose a participant to see the badge</source>
        <translation>Выберите участника, чтобы увидеть бейдж</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No preview: %1</source>
        <translation>Нет предпросмотра: %1</translation>
    </message>
</context>
<context>
    <name>BadgePrintFlow</name>
    <message numerus="yes">
        <location filename="../../ui/badge_printing.py" line="+103"/>
        <source>Sending %n badge(s) to the printer…</source>
        <translation>
            <numerusform>Отправка %n бейджа на принтер…</numerusform>
            <numerusform>Отправка %n бейджей на принтер…</numerusform>
            <numerusform>Отправка %n бейджей на принтер…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sent; waiting for the printer…</source>
        <translation>Отправлено; ждём принтер…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancelled; nothing was logged as printed.</source>
        <translation>Отменено; ничего не записано как напечатанное.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Badges not printed</source>
        <translation>Бейджи не напечатаны</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n badge(s) sent to %1.</source>
        <translation>
            <numerusform>%n бейдж отправлен на %1.</numerusform>
            <numerusform>%n бейджа отправлено на %1.</numerusform>
            <numerusform>%n бейджей отправлено на %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n badge(s) not printed:</source>
        <translation>
            <numerusform>%n бейдж не напечатан:</numerusform>
            <numerusform>%n бейджа не напечатано:</numerusform>
            <numerusform>%n бейджей не напечатано:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rest was cancelled.</source>
        <translation>Остальное отменено.</translation>
    </message>
</context>
<context>
    <name>BadgesPage</name>
    <message>
        <location filename="../../ui/pages/badges.py" line="+80"/>
        <source>Search name, code, delegation…</source>
        <translation>Поиск: имя, код, делегация…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printed or not</source>
        <translation>Напечатан или нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not printed</source>
        <translation>Не напечатан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed</source>
        <translation>Напечатан</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A6 portrait</source>
        <translation>A6 книжная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CR80 card</source>
        <translation>Карта CR80</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4×3 inch label</source>
        <translation>Наклейка 4×3 дюйма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 sheet of four</source>
        <translation>Лист A4 на четыре</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print batch</source>
        <translation>Печать пакетом</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprint…</source>
        <translation>Перепечатать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-in…</source>
        <translation>Регистрация на месте…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Layout</source>
        <translation>Макет</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>All delegations</source>
        <translation>Все делегации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n участник</numerusform>
            <numerusform>%n участника</numerusform>
            <numerusform>%n участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n printed</source>
        <translation>
            <numerusform>%n напечатан</numerusform>
            <numerusform>%n напечатано</numerusform>
            <numerusform>%n напечатано</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Badge version %1, not printed yet.</source>
        <translation>Версия бейджа %1, ещё не напечатан.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Badge version %1; printed %2 time(s), last %3 at %4 (version %5).</source>
        <translation>Версия бейджа %1; напечатан раз: %2, последний — %3 на стойке %4 (версия %5).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Already printed</source>
        <translation>Уже напечатаны</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of these badges were already printed. Print the same badge again? For a lost badge use Reprint…, so the old one stops admitting.</source>
        <translation>Из этих бейджей уже напечатано: %1. Напечатать те же бейджи ещё раз? Для потерянного бейджа используйте «Перепечатать…», чтобы старый перестал действовать.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Selected participants (%1)</source>
        <translation>Выбранные участники (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everyone listed (%1)</source>
        <translation>Все в списке (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delegation: %1</source>
        <translation>Делегация: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Category: %1</source>
        <translation>Категория: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing to print</source>
        <translation>Нечего печатать</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>This badge was already printed %1 time(s). The new badge gets a new QR code and the old one will no longer admit. Reason for the reprint:</source>
        <translation>Этот бейдж уже печатался (раз: %1). Новый бейдж получит новый QR-код, а старый перестанет действовать. Причина перепечатки:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This badge has not been printed yet; a reprint still makes a new version. Reason for the reprint:</source>
        <translation>Этот бейдж ещё не печатался; перепечатка всё равно создаст новую версию. Причина перепечатки:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>Reprint badge</source>
        <translation>Перепечатка бейджа</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>A reason is required.</source>
        <translation>Укажите причину.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reprint cancelled: nothing was printed and the old badge still admits.</source>
        <translation>Перепечатка отменена: ничего не напечатано, старый бейдж по-прежнему действует.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../ui/widgets/charts.py" line="+67"/>
        <source>No data yet</source>
        <extracomment>Length of the piece of line drawn before the arrived-so-far count, as its legend.</extracomment>
        <translation>Данных пока нет</translation>
    </message>
</context>
<context>
    <name>CameraScanDialog</name>
    <message>
        <location filename="../../ui/dialogs/camera_scan.py" line="+37"/>
        <source>Scan with the camera</source>
        <translation>Сканирование камерой</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hold the badge&apos;s QR code in front of the camera.</source>
        <translation>Поднесите QR-код бейджа к камере.</translation>
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <location filename="../../ui/pages/checkin.py" line="+81"/>
        <source>In</source>
        <translation>Вход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo last</source>
        <translation>Отменить отметку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Override…</source>
        <translation>Допустить…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Zone</source>
        <translation>Зона</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Scan a badge, or type a name or registration code</source>
        <translation>Отсканируйте бейдж или введите имя либо регистрационный код</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A badge was scanned while a dialog was open.</source>
        <translation>Бейдж отсканирован, пока было открыто окно.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check it in</source>
        <translation>Отметить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Отбросить</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Cannot check in</source>
        <translation>Не удалось отметить</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Undo takes back the admission shown here; the last result was not one.</source>
        <translation>Отмена возвращает показанный здесь пропуск; последний результат им не был.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot undo</source>
        <translation>Не удалось отменить</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+12"/>
        <source>Nothing to undo</source>
        <translation>Нечего отменять</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown person</source>
        <translation>Неизвестный человек</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>↶ Check-in undone</source>
        <translation>↶ Отметка отменена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: the check-in at {1} no longer counts.</source>
        <translation>{0}: отметка в {1} больше не учитывается.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>this person</source>
        <translation>этот человек</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>supervisor</source>
        <translation>старший смены</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This desk today: {0}   Zone today: {1}   Inside now: {2}</source>
        <translation>Сегодня: стойка {0} · зона {1}   Внутри: {2}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No camera available</source>
        <translation>Камера недоступна</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="+82"/>
        <source>Arrivals</source>
        <translation>Прибытие</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole event</source>
        <translation>Всё мероприятие</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export check-ins…</source>
        <translation>Экспорт отметок…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export attendance…</source>
        <translation>Экспорт посещаемости…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End-of-day report…</source>
        <translation>Отчёт за день…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+24"/>
        <location line="+7"/>
        <source>Registered</source>
        <translation>Регистраций</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+23"/>
        <location line="+6"/>
        <source>Arrived</source>
        <translation>Прибыло</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Inside now</source>
        <translation>Сейчас внутри</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+135"/>
        <source>Rejections today</source>
        <translation>Отказы сегодня</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Arrivals by category (arrived / registered)</source>
        <translation>Прибытие по категориям (прибыло / зарегистрировано)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Arrivals over time (per 15 minutes)</source>
        <translation>Прибытие по времени (за 15 минут)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Country</source>
        <translation>Страна</translation>
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
        <translation>Делегация</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>By country</source>
        <translation>По странам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By delegation</source>
        <translation>По делегациям</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Heads of delegation and VIPs not arrived</source>
        <translation>Не прибывшие главы делегаций и VIP</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Could not compute the numbers: %1</source>
        <translation>Не удалось подсчитать: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Numbers as of %1; the last refresh failed: %2</source>
        <translation>Данные на %1; последнее обновление не удалось: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 not arrived</source>
        <translation>не прибыло: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rejections</source>
        <translation>Отказы</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Updated %1</source>
        <translation>Обновлено в %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown code</source>
        <translation>Неизвестный код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreadable scan</source>
        <translation>Не читается</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Truncated QR</source>
        <translation>Неполный QR-код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oversized scan</source>
        <translation>Слишком длинный код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a ForumDesk badge</source>
        <translation>Не бейдж ForumDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forged badge</source>
        <translation>Поддельный бейдж</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Altered badge</source>
        <translation>Изменённый бейдж</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown desk key</source>
        <translation>Неизвестный ключ стойки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked desk key</source>
        <translation>Отозванный ключ стойки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another event&apos;s badge</source>
        <translation>Бейдж другого мероприятия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old badge version</source>
        <translation>Старая версия бейджа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration cancelled</source>
        <translation>Регистрация отменена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zone not allowed</source>
        <translation>Зона не разрешена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not valid today</source>
        <translation>Не действует сегодня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No re-entry</source>
        <translation>Повторный вход запрещён</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Heads of delegation and VIPs not arrived: %1</source>
        <translation>Не прибыли главы делегаций и VIP: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every head of delegation and VIP has arrived</source>
        <translation>Все главы делегаций и VIP прибыли</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Export check-ins</source>
        <translation>Экспорт отметок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export attendance</source>
        <translation>Экспорт посещаемости</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>%n строка записана в %1</numerusform>
            <numerusform>%n строки записано в %1</numerusform>
            <numerusform>%n строк записано в %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>End-of-day report</source>
        <translation>Отчёт за день</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing the report…</source>
        <translation>Формирование отчёта…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report written to %1</source>
        <translation>Отчёт записан в %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not written</source>
        <translation>Не записано</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../ui/dialogs/participant_edit.py" line="+192"/>
        <location filename="../../ui/widgets/participant_detail.py" line="+139"/>
        <source>Title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/widgets/participant_detail.py" line="+1"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/widgets/participant_detail.py" line="+1"/>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/widgets/participant_detail.py" line="+1"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/widgets/participant_detail.py" line="+1"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/widgets/participant_detail.py" line="+1"/>
        <source>Zones</source>
        <translation>Зоны</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/widgets/participant_detail.py" line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <location filename="../../ui/widgets/participant_detail.py" line="+1"/>
        <source>Badge version</source>
        <translation>Версия бейджа</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/participant_detail.py" line="+1"/>
        <source>Contact</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_edit.py" line="-2"/>
        <location filename="../../ui/widgets/participant_detail.py" line="+1"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/participant_detail.py" line="+42"/>
        <source>No one selected</source>
        <translation>Никто не выбран</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>photo</source>
        <translation>фото</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> (category default)</source>
        <translation> (по умолчанию для категории)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cancelled</source>
        <translation>отменён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>registered</source>
        <translation>зарегистрирован</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no photo</source>
        <translation>нет фото</translation>
    </message>
</context>
<context>
    <name>EditParticipantDialog</name>
    <message>
        <location filename="../../ui/dialogs/participant_edit.py" line="-159"/>
        <source>Edit {0}</source>
        <translation>Изменить: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+139"/>
        <source>Given name (own script)</source>
        <extracomment>Change-log keys that are the software&apos;s bookkeeping, or shown in their own column.</extracomment>
        <translation>Имя (в оригинале)</translation>
    </message>
    <message>
        <location line="-138"/>
        <location line="+139"/>
        <source>Family name (own script)</source>
        <translation>Фамилия (в оригинале)</translation>
    </message>
    <message>
        <location line="-138"/>
        <location line="+139"/>
        <source>Given name (Latin)</source>
        <translation>Имя (латиница)</translation>
    </message>
    <message>
        <location line="-138"/>
        <location line="+139"/>
        <source>Family name (Latin)</source>
        <translation>Фамилия (латиница)</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Title or position</source>
        <translation>Звание или должность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country (code or English name)</source>
        <translation>Страна (код или название по-английски)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+144"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="-143"/>
        <location line="+144"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Languages (separated by ;)</source>
        <translation>Языки (через ;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zones (separated by ;, empty = category default)</source>
        <translation>Зоны (через ;, пусто = по умолчанию для категории)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+126"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>A name is required.</source>
        <translation>Укажите имя.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a delegation is required</source>
        <translation>нужна делегация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown category</source>
        <translation>неизвестная категория</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved: {0}</source>
        <translation>Не сохранено: {0}</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>unknown country</source>
        <translation>неизвестная страна</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../ui/pages/sync.py" line="+53"/>
        <source>Connect this desk to a server</source>
        <translation>Подключение стойки к серверу</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-time code</source>
        <translation>Одноразовый код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk name</source>
        <translation>Название стойки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enroll</source>
        <translation>Подключить</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enter the server address (https://…) and the code from the administrator.</source>
        <translation>Введите адрес сервера (https://…) и код от администратора.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enrolling…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enrollment failed: {0}</source>
        <translation>Подключение не удалось: {0}</translation>
    </message>
</context>
<context>
    <name>ErrorWords</name>
    <message>
        <location filename="../../ui/errors.py" line="+155"/>
        <source>The forum database cannot be read or written (damaged, locked or not a database).</source>
        <translation>Базу данных форума не удаётся прочитать или записать (она повреждена, заблокирована или это не база данных).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} is a folder, not a file.</source>
        <translation>{0} — это папка, а не файл.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permission denied: {0}</source>
        <translation>Нет доступа: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File not found: {0}</source>
        <translation>Файл не найден: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong: {0}. The details are in the log file.</source>
        <translation>Что-то пошло не так: {0}. Подробности в журнале.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong; the details are in the log file.</source>
        <translation>Что-то пошло не так; подробности в журнале.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This did not work: {message}</source>
        <translation>Не получилось: {message}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems in the file: {problems}. Nothing was imported.</source>
        <translation>Ошибок в файле: {problems}. Ничего не импортировано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This cannot be changed here: {message}</source>
        <translation>Здесь это изменить нельзя: {message}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This database holds no event yet: import participants, or connect the desk to a server.</source>
        <translation>В этой базе данных ещё нет мероприятия: импортируйте участников или подключите стойку к серверу.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrong PIN.</source>
        <translation>Неверный PIN-код.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code could not be read. Please scan again.</source>
        <translation>Код не прочитан. Отсканируйте ещё раз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only part of the code was read. Please scan again.</source>
        <translation>Код прочитан не полностью. Отсканируйте ещё раз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code is too long to be a badge. Please scan again.</source>
        <translation>Код слишком длинный для бейджа. Отсканируйте ещё раз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a badge of this forum.</source>
        <translation>Это не бейдж этого форума.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This badge has been altered. Call a supervisor.</source>
        <translation>Бейдж изменён. Позовите старшего смены.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This booking is not possible: {message}</source>
        <translation>Такое бронирование невозможно: {message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{delegation} already has a meeting with {partners} at this time.</source>
        <translation>У делегации {delegation} в это время уже встреча с {partners}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{table} is already taken at this time by {delegations}.</source>
        <translation>{table} в это время уже занят: {delegations}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{interpreter} is already interpreting for {delegations} at this time.</source>
        <translation>{interpreter} в это время уже переводит для: {delegations}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{interpreter} does not speak {languages}.</source>
        <translation>{interpreter} не владеет языками: {languages}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No interpreter for {languages} is free at this time: choose another slot, or book with their own interpreter.</source>
        <translation>В это время нет свободного переводчика ({languages}): выберите другой слот или бронируйте со своим переводчиком делегаций.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A meeting needs two different delegations.</source>
        <translation>Для встречи нужны две разные делегации.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This meeting is {status}; book the request again instead.</source>
        <translation>Статус встречи — {status}; забронируйте запрос заново.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This request is already {status}.</source>
        <translation>Статус запроса уже — {status}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That status is not possible here.</source>
        <translation>Этот статус здесь невозможен.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That purpose is not possible here.</source>
        <translation>Такая цель здесь невозможна.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That slot no longer exists.</source>
        <translation>Этого слота больше нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That table no longer exists.</source>
        <translation>Этого стола больше нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That interpreter no longer exists.</source>
        <translation>Этого переводчика больше нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This change would break booked meetings: {message}</source>
        <translation>Это изменение нарушит забронированные встречи: {message}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This day already has a slot from {0} to {1}; these slots would overlap it.</source>
        <translation>В этот день уже есть слот с {0} до {1}; новые слоты пересеклись бы с ним.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meetings use this day&apos;s slots; move or cancel them before removing the day.</source>
        <translation>Слоты этого дня заняты встречами; перенесите или отмените их перед удалением дня.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync failed: {message}</source>
        <translation>Синхронизация не удалась: {message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not answer. Check the address and the network.</source>
        <translation>Сервер не отвечает. Проверьте адрес и сеть.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server no longer accepts this desk: enroll again.</source>
        <translation>Сервер больше не принимает эту стойку: подключите её заново.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused this: {message}</source>
        <translation>Сервер отказал: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This desk is not connected to a server yet.</source>
        <translation>Стойка ещё не подключена к серверу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the code: it is unknown, used or expired.</source>
        <translation>Сервер отклонил код: он неизвестен, уже использован или истёк.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This desk&apos;s database holds another event with data. Use a new, empty database to enroll.</source>
        <translation>В базе этой стойки есть данные другого мероприятия. Для подключения используйте новую, пустую базу.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file name must end in .csv or .xlsx.</source>
        <translation>Имя файла должно оканчиваться на .csv или .xlsx.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many rows for one spreadsheet: export them as CSV instead.</source>
        <translation>Слишком много строк для одной таблицы: экспортируйте их в CSV.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No participants to print badges for.</source>
        <translation>Нет участников, для которых нужно печатать бейджи.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No participant has the code {0}.</source>
        <translation>Нет участника с кодом {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No delegation named {0}.</source>
        <translation>Нет делегации с названием {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No category named {0}.</source>
        <translation>Нет категории {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No table or room named {0}.</source>
        <translation>Нет стола или зала с названием {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No zone {0}.</source>
        <translation>Нет зоны {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not found: it may have been removed meanwhile.</source>
        <translation>Не найдено: возможно, уже удалено.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A PIN has {0} to {1} characters, without spaces at the beginning or end.</source>
        <translation>PIN-код — от {0} до {1} символов, без пробелов в начале и в конце.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reason is required.</source>
        <translation>Укажите причину.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A name is required.</source>
        <translation>Укажите имя.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A delegation is required.</source>
        <translation>Укажите делегацию.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This country is not known: {0}</source>
        <translation>Неизвестная страна: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This category is not known: {0}</source>
        <translation>Неизвестная категория: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no badge layout {0}.</source>
        <translation>Макета бейджа {0} нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some of these values are not possible: {0}.</source>
        <translation>Некоторые значения недопустимы: {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The badge of {0} changed meanwhile; ask for the reprint again.</source>
        <translation>Бейдж {0} за это время изменился; запросите перепечатку заново.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a rejection can be overridden.</source>
        <translation>Допустить в обход можно только после отказа.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not done: something changed meanwhile ({0}).</source>
        <translation>Не сделано: за это время что-то изменилось ({0}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unavailable</source>
        <translation>недоступна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{delegation} is not available at this time ({reason}).</source>
        <translation>Делегация {delegation} в это время недоступна ({reason}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{delegations} share no language: choose an interpreter for {languages}.</source>
        <translation>У делегаций {delegations} нет общего языка: выберите переводчика ({languages}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0} has {1} meeting(s); move or cancel them before removing it.</source>
        <translation>{0}: встреч — {1}; перенесите или отмените их перед удалением.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled meetings keep {0} in their history; rename it instead of removing it.</source>
        <translation>{0} упоминается в истории отменённых встреч; переименуйте вместо удаления.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} interprets at {1} meeting(s); give those meetings another interpreter first.</source>
        <translation>{0} переводит на встречах ({1}); сначала назначьте им другого переводчика.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled meetings keep {0} in their history.</source>
        <translation>{0} упоминается в истории отменённых встреч.</translation>
    </message>
</context>
<context>
    <name>FailedJobsPanel</name>
    <message>
        <location filename="../../ui/widgets/print_jobs.py" line="+43"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badges</source>
        <translation>Бейджи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n print job(s) failed</source>
        <translation>
            <numerusform>%n задание печати не выполнено</numerusform>
            <numerusform>%n задания печати не выполнены</numerusform>
            <numerusform>%n заданий печати не выполнено</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/dialogs/participant_edit.py" line="+81"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layout</source>
        <translation>Макет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked versions</source>
        <translation>Отозванные версии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filled in</source>
        <translation>Дополнено из дубликата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged from</source>
        <translation>Присоединён дубликат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged into</source>
        <translation>Дубликат записи</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>When ({0})</source>
        <translation>Когда ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk</source>
        <translation>Стойка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+54"/>
        <source>registered</source>
        <translation>зарегистрирован</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>edited</source>
        <translation>изменён</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+52"/>
        <source>cancelled</source>
        <translation>отменён</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>merged</source>
        <translation>объединён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new badge version</source>
        <translation>новая версия бейджа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>badge printed</source>
        <translation>бейдж напечатан</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_report.py" line="+29"/>
        <source>Import report</source>
        <translation>Отчёт об импорте</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: {1} problem(s) found. Nothing was imported; correct the file and import it again.</source>
        <translation>{0}: найдено проблем: {1}. Ничего не импортировано; исправьте файл и импортируйте его снова.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: {1} new, {2} updated, {3} unchanged.</source>
        <translation>{0}: новых — {1}, обновлено — {2}, без изменений — {3}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+12"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../ui/kiosk.py" line="+119"/>
        <source>ForumDesk self check-in</source>
        <translation>ForumDesk: самостоятельная регистрация</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Welcome!</source>
        <extracomment>Font sizes (pixels at 1280x800, bold); scaled to the screen in resizeEvent.</extracomment>
        <translation>Добро пожаловать!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please scan your badge</source>
        <translation>Отсканируйте ваш бейдж</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the QR code under the scanner</source>
        <translation>Поднесите QR-код к сканеру</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Welcome, you are checked in</source>
        <translation>Добро пожаловать, вы отмечены</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enjoy the forum!</source>
        <translation>Приятного форума!</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You are already checked in</source>
        <translation>Вы уже отмечены</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please go ahead.</source>
        <translation>Проходите, пожалуйста.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+87"/>
        <source>Please see the registration desk</source>
        <translation>Подойдите к стойке регистрации</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>We could not check you in here.</source>
        <translation>Здесь не удалось вас отметить.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Our staff will help you.</source>
        <translation>Наши сотрудники вам помогут.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Your badge is printing…</source>
        <translation>Ваш бейдж печатается…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Please take your badge from the printer.</source>
        <translation>Возьмите, пожалуйста, бейдж из принтера.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No badge could be printed here, but the badge you scanned works at every entrance.</source>
        <translation>Здесь не удалось напечатать бейдж, но бейдж, который вы отсканировали, действует на всех входах.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please collect your badge at the registration desk.</source>
        <translation>Получите, пожалуйста, бейдж на стойке регистрации.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/actions.py" line="+23"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import participants…</source>
        <translation>&amp;Импорт участников…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Desk</source>
        <translation>С&amp;тойка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Desk &amp;name…</source>
        <translation>Н&amp;азвание стойки…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Operator…</source>
        <translation>&amp;Оператор…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go</source>
        <translation>&amp;Переход</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ForumDesk</source>
        <translation>&amp;О программе ForumDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kiosk mode</source>
        <translation>&amp;Режим киоска</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language applies when ForumDesk starts again.</source>
        <translation>Новый язык будет применён при следующем запуске ForumDesk.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Desk name</source>
        <translation>Название стойки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of this desk:</source>
        <translation>Название этой стойки:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is working at this desk?</source>
        <translation>Кто работает на этой стойке?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>About ForumDesk</source>
        <translation>О программе ForumDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;ForumDesk {0}&lt;/h3&gt;&lt;p&gt;Registration, badges, check-in and bilateral meetings for international forums.&lt;/p&gt;&lt;p&gt;Fonts: Noto (SIL Open Font License), Droid Sans Fallback (Apache 2.0).&lt;/p&gt;&lt;p&gt;Log files: {1}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ForumDesk {0}&lt;/h3&gt;&lt;p&gt;Регистрация, бейджи, отметка на входе и двусторонние встречи для международных форумов.&lt;/p&gt;&lt;p&gt;Шрифты: Noto (SIL Open Font License), Droid Sans Fallback (Apache 2.0).&lt;/p&gt;&lt;p&gt;Журналы: {1}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+42"/>
        <source>ForumDesk</source>
        <translation>ForumDesk</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Check-in</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badges</source>
        <translation>Бейджи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This page arrives with a coming version of ForumDesk.</source>
        <translation>Эта страница появится в одной из следующих версий ForumDesk.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Event: {0}</source>
        <translation>Мероприятие: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No event yet: import participants</source>
        <translation>Мероприятия ещё нет: импортируйте участников</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no operator</source>
        <translation>оператор не указан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desk: {0} · {1} · {2}</source>
        <translation>Стойка: {0} · {1} · {2}</translation>
    </message>
</context>
<context>
    <name>MeetingGrid</name>
    <message>
        <location filename="../../ui/widgets/meeting_grid.py" line="+93"/>
        <source>Interpreter: {0}</source>
        <translation>Переводчик: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provisional: not yet confirmed by the server</source>
        <translation>Предварительно: сервер ещё не подтвердил</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not yet sent to the server</source>
        <translation>Ещё не отправлено на сервер</translation>
    </message>
</context>
<context>
    <name>MeetingRequestDialog</name>
    <message>
        <location filename="../../ui/dialogs/meeting_request.py" line="+43"/>
        <source>New meeting request</source>
        <translation>Новый запрос на встречу</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type part of the name…</source>
        <translation>Введите часть названия…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 normal · 2 high · 3 essential</source>
        <translation>1 обычный · 2 высокий · 3 обязательный</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Talks</source>
        <translation>Переговоры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement signing</source>
        <translation>Подписание соглашения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twinning</source>
        <translation>Побратимство</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>language codes to interpret, e.g. ru; zh (optional)</source>
        <translation>коды языков для перевода, напр. ru; zh (необязательно)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Requested by</source>
        <translation>Кто просит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wants to meet</source>
        <translation>С кем встреча</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language needs</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File request</source>
        <translation>Подать запрос</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{0} speaks {1}; {2} speaks {3}.</source>
        <translation>{0}: {1}; {2}: {3}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>They share {0}.</source>
        <translation>Общий язык: {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They need an interpreter.</source>
        <translation>Нужен переводчик.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose both delegations from the list.</source>
        <translation>Выберите обе делегации из списка.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A delegation cannot ask to meet itself.</source>
        <translation>Делегация не может запросить встречу с самой собой.</translation>
    </message>
</context>
<context>
    <name>MeetingSetupDialog</name>
    <message>
        <location filename="../../ui/dialogs/meeting_setup.py" line="+77"/>
        <source>Meeting setup</source>
        <translation>Настройка встреч</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting days</source>
        <translation>Дни встреч</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tables and rooms</source>
        <translation>Столы и залы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreters</source>
        <translation>Переводчики</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unavailable times</source>
        <translation>Недоступное время</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+74"/>
        <location line="+25"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Slots</source>
        <translation>Слоты</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+75"/>
        <location line="+25"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="-100"/>
        <location line="+76"/>
        <source>To</source>
        <translation>До</translation>
    </message>
    <message>
        <location line="-70"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 13:00-14:00; 16:00-16:15</source>
        <translation>напр. 13:00-14:00; 16:00-16:15</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add day</source>
        <translation>Добавить день</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove day</source>
        <translation>Удалить день</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First slot at</source>
        <translation>Первый слот в</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slot length</source>
        <translation>Длина слота</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of slots</source>
        <translation>Число слотов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks</source>
        <translation>Перерывы</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+14"/>
        <location line="+10"/>
        <location line="+11"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+15"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Capacity</source>
        <translation>Мест</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Table 25 or Room B</source>
        <translation>напр. Стол 25 или Зал B</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+118"/>
        <source>Table</source>
        <translation>Стол</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+117"/>
        <source>Room</source>
        <translation>Зал</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+21"/>
        <location line="+37"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+21"/>
        <source>Save changes</source>
        <translation>Сохранить изменения</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+21"/>
        <location line="+35"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Seats</source>
        <translation>Мест</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>codes, e.g. ru; zh; en</source>
        <translation>коды, напр. ru; zh; en</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+25"/>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+24"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Type part of the name…</source>
        <translation>Введите часть названия…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. plenary speech</source>
        <translation>напр. выступление на пленарном заседании</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Write breaks as from-to times, e.g. 13:00-14:00; 16:00-16:15.</source>
        <translation>Укажите перерывы как «с-до», напр. 13:00-14:00; 16:00-16:15.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} slots added on {1}.</source>
        <translation>Добавлено слотов: {0}, день {1}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} removed.</source>
        <translation>День {0} удалён.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>{0} is unavailable from {1} to {2}.</source>
        <translation>{0} недоступна с {1} до {2}.</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Choose a day in the list first.</source>
        <translation>Сначала выберите день в списке.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Give the table or room a name.</source>
        <translation>Укажите название стола или зала.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+46"/>
        <source>{0} added.</source>
        <translation>Добавлено: {0}.</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+16"/>
        <source>Choose a table in the list first.</source>
        <translation>Сначала выберите стол в списке.</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+44"/>
        <source>{0} saved.</source>
        <translation>Сохранено: {0}.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Table removed.</source>
        <translation>Стол удалён.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+14"/>
        <source>An interpreter needs a name and language codes.</source>
        <translation>Для переводчика нужны имя и коды языков.</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+14"/>
        <source>Choose an interpreter in the list first.</source>
        <translation>Сначала выберите переводчика в списке.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interpreter removed.</source>
        <translation>Переводчик удалён.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a delegation from the list.</source>
        <translation>Выберите делегацию из списка.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a meeting day first.</source>
        <translation>Сначала добавьте день встреч.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The unavailable time must end after it starts.</source>
        <translation>Конец недоступного времени должен быть позже начала.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose an unavailable time in the list first.</source>
        <translation>Сначала выберите недоступное время в списке.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unavailable time removed.</source>
        <translation>Недоступное время удалено.</translation>
    </message>
</context>
<context>
    <name>MeetingWords</name>
    <message>
        <location filename="../../ui/meeting_words.py" line="+21"/>
        <source>Talks</source>
        <translation>Переговоры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement signing</source>
        <translation>Подписание соглашения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twinning</source>
        <translation>Побратимство</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Booked</source>
        <translation>Забронирована</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Подтверждена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>Состоялась</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>Неявка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Отменена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested</source>
        <translation>Запрошена</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no interpreter for {languages}</source>
        <translation>нет переводчика: {languages}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delegation unavailable ({delegation})</source>
        <translation>делегация недоступна ({delegation})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no common free slot for {a} and {b}</source>
        <translation>нет общего свободного слота у {a} и {b}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every table is taken when both are free</source>
        <translation>все столы заняты, когда обе свободны</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the interpreters for {languages} are busy when both are free</source>
        <translation>переводчики ({languages}) заняты, когда обе свободны</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{a} and {b} already have a meeting</source>
        <translation>у {a} и {b} уже есть встреча</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>asked twice; one meeting is planned</source>
        <translation>запрошено дважды; запланирована одна встреча</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../ui/pages/meetings.py" line="+68"/>
        <source>Interpreter for the booking</source>
        <translation>Переводчик для брони</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interpreter:</source>
        <translation>Переводчик:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Setup…</source>
        <translation>Настройка…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting days, tables and rooms, interpreters, unavailable times</source>
        <translation>Дни встреч, столы и залы, переводчики, недоступное время</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New request…</source>
        <translation>Новый запрос…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to…</source>
        <translation>Перенести…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a meeting, press Move to…, then click a free cell (or drag it there)</source>
        <translation>Выберите встречу, нажмите «Перенести…», затем щёлкните свободную ячейку (или перетащите туда)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Swap</source>
        <translation>Поменять</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select two meetings (Ctrl+click) and swap them</source>
        <translation>Выберите две встречи (Ctrl+щелчок) и поменяйте их местами</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Book here</source>
        <translation>Забронировать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel meeting</source>
        <translation>Отменить встречу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule automatically</source>
        <translation>Авторасписание</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agenda PDF…</source>
        <translation>Программа PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day:</source>
        <translation>День:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Agenda of:</source>
        <translation>Программа:</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>{0} dashed, italic: provisional, not yet confirmed by the server</source>
        <translation>{0} пунктир, курсив: предварительно, сервер ещё не подтвердил</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>automatic</source>
        <translation>автоматически</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Legend:</source>
        <translation>Обозначения:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>bold: confirmed</source>
        <translation>жирный: подтверждена</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>none: they bring their own</source>
        <translation>нет: со своим переводчиком</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose a request and a free cell first.</source>
        <translation>Сначала выберите запрос и свободную ячейку.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Booked (provisional until the server confirms).</source>
        <translation>Забронировано (предварительно, до подтверждения сервером).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Meeting cancelled; its request is open again.</source>
        <translation>Встреча отменена; её запрос снова открыт.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not moved: </source>
        <translation>Не перенесено: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Moved (provisional until the server confirms).</source>
        <translation>Перенесено (предварительно, до подтверждения сервером).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the meeting to move first.</source>
        <translation>Сначала выберите встречу для переноса.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Now click the free cell to move the meeting to (press Move to… again to stop).</source>
        <translation>Теперь щёлкните свободную ячейку для переноса (снова «Перенести…» — отмена).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select exactly two meetings to swap (Ctrl+click).</source>
        <translation>Выберите ровно две встречи для обмена (Ctrl+щелчок).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not swapped: </source>
        <translation>Не поменяно: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Swapped (provisional until the server confirms).</source>
        <translation>Поменяно (предварительно, до подтверждения сервером).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Request filed.</source>
        <translation>Запрос подан.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save agenda</source>
        <translation>Сохранить программу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Agenda of {0} with {1} meetings saved.</source>
        <translation>Программа делегации {0} сохранена, встреч: {1}.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ui/dialogs/supervisor.py" line="+134"/>
        <source>Supervisor override</source>
        <translation>Допуск старшим смены</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why is this person admitted?</source>
        <translation>Почему этот человек допущен?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Admit {0} despite the rejection.</source>
        <translation>Допустить, несмотря на отказ: {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation>Старший смены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Admit</source>
        <translation>Допустить</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Wrong PIN.</source>
        <translation>Неверный PIN-код.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Override refused: {0}</source>
        <translation>Допуск отклонён: {0}</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Please give a reason.</source>
        <translation>Укажите причину.</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <location filename="../../ui/widgets/participant_table.py" line="+28"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (Latin)</source>
        <translation>Имя (латиница)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>cancelled</source>
        <translation>отменён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>registered</source>
        <translation>зарегистрирован</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../ui/pages/participants.py" line="+55"/>
        <source>Filter by name in any script, code, delegation…</source>
        <translation>Фильтр: имя на любом языке, код, делегация…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+178"/>
        <location line="+21"/>
        <source>Cancel participant</source>
        <translation>Отменить участника</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>Merge…</source>
        <translation>Объединить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History…</source>
        <translation>История…</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>All delegations</source>
        <translation>Все делегации</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All countries</source>
        <translation>Все страны</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n participant(s) shown</source>
        <translation>
            <numerusform>%n участник показан</numerusform>
            <numerusform>%n участника показано</numerusform>
            <numerusform>%n участников показано</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not load participants: {0}</source>
        <translation>Не удалось загрузить участников: {0}</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Reinstate</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancel the registration of {0}? Their badge will be refused at check-in.
Reason:</source>
        <translation>Отменить регистрацию: {0}? Бейдж не будет пропускать на входе.
Причина:</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+14"/>
        <location line="+6"/>
        <source>Merge participants</source>
        <translation>Объединение участников</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Registration code of the duplicate to merge into {0}:</source>
        <translation>Регистрационный код дубликата для объединения с {0}:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No other participant has the code {0}.</source>
        <translation>Нет другого участника с кодом {0}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Merge {0} ({1}) into {2} ({3})? The duplicate is cancelled; empty fields are filled from it.</source>
        <translation>Объединить {0} ({1}) с {2} ({3})? Дубликат будет отменён, пустые поля заполнятся из него.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Import participants</source>
        <translation>Импорт участников</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participant lists (*.csv *.xlsx);;All files (*)</source>
        <translation>Списки участников (*.csv *.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Importing {0}…</source>
        <translation>Импорт {0}…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing was imported.</source>
        <translation>Ничего не импортировано.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be imported: {0}</source>
        <translation>Не удалось импортировать файл: {0}</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../ui/kiosk.py" line="-249"/>
        <source>Supervisor</source>
        <translation>Старший смены</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Supervisor PIN to leave the kiosk:</source>
        <translation>PIN-код старшего смены для выхода из киоска:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Wrong PIN.</source>
        <translation>Неверный PIN-код.</translation>
    </message>
</context>
<context>
    <name>PrintJobs</name>
    <message>
        <location filename="../../ui/errors.py" line="-297"/>
        <source>There is no printer “%1” on this computer.</source>
        <translation>На этом компьютере нет принтера «%1».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No printer chosen, and this computer has no default printer.</source>
        <translation>Принтер не выбран, а принтера по умолчанию на этом компьютере нет.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The printer “%1” is not accepting jobs.</source>
        <translation>Принтер «%1» не принимает задания.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The printer “%1” is paused.</source>
        <translation>Принтер «%1» приостановлен.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer “%1” refused the job.</source>
        <translation>Принтер «%1» отказался принять задание.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The print system of this computer is not running.</source>
        <translation>Система печати этого компьютера не запущена.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent: the printer “%1” had a problem with an earlier job.</source>
        <translation>Не отправлено: у принтера «%1» была проблема с предыдущим заданием.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The printer “%1” failed to print the job.</source>
        <translation>Принтер «%1» не смог напечатать задание.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Printers: %1</source>
        <translation>Принтеры: %1</translation>
    </message>
</context>
<context>
    <name>PrinterDialog</name>
    <message>
        <location filename="../../ui/dialogs/printer_choice.py" line="+35"/>
        <source>Print badges</source>
        <translation>Печать бейджей</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 × %2 mm, full page, 100 %</source>
        <translation>%1 × %2 мм, вся страница, 100 %</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper source</source>
        <translation>Лоток</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper</source>
        <translation>Бумага</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not accepting jobs</source>
        <translation>не принимает задания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused</source>
        <translation>приостановлен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>printing</source>
        <translation>печатает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready</source>
        <translation>готов</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The printer “%1” chosen before is not on this computer.</source>
        <translation>Выбранного ранее принтера «%1» на этом компьютере нет.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No printers are installed on this computer.</source>
        <translation>На этом компьютере не установлено ни одного принтера.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Printer&apos;s default</source>
        <translation>По умолчанию принтера</translation>
    </message>
</context>
<context>
    <name>RequestList</name>
    <message>
        <location filename="../../ui/widgets/meeting_requests.py" line="+36"/>
        <source>Filter requests by delegation…</source>
        <translation>Фильтр запросов по делегации…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open requests</source>
        <translation>Открытые запросы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All requests</source>
        <translation>Все запросы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requested by</source>
        <translation>Кто просит</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With</source>
        <translation>С кем</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Needs an interpreter for {0}</source>
        <translation>Нужен переводчик: {0}</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../../ui/widgets/result_panel.py" line="+174"/>
        <source>Ready: scan a badge</source>
        <extracomment>Background and text colour of each state (amber takes dark text for contrast). Text size of the badge-printing line, and the share of the panel&apos;s width it may take. Looks of the badge-printing line: on the panel&apos;s colour, or a white card for a problem. The panel shows something else (a decision, a message, idle): lines that belong to what it showed before (the badge printing on arrival) are set again. Times of earlier check-ins are shown in the event&apos;s time zone.</extracomment>
        <translation>Готово: сканируйте бейдж</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or type a name or registration code.</source>
        <translation>Или введите имя либо регистрационный код.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Genuine badge</source>
        <translation>Подлинный бейдж</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details arrive with the next sync</source>
        <translation>Данные придут со следующей синхронизацией</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>✔ Checked out</source>
        <translation>✔ Выход отмечен</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✔ Welcome in</source>
        <translation>✔ Проходите</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● Already checked in</source>
        <translation>● Уже отмечен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✖ Not admitted</source>
        <translation>✖ Вход запрещён</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Genuine badge. Details arrive with the next sync.</source>
        <translation>Подлинный бейдж. Данные придут со следующей синхронизацией.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admitted by a supervisor override.</source>
        <translation>Допущен старшим смены.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked out (had not been checked in here).</source>
        <translation>Выход отмечен (вход здесь не отмечался).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already in since {0} at {1}. Re-entry is allowed.</source>
        <translation>Уже внутри с {0}, стойка {1}. Повторный вход разрешён.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already inside since {0} at {1}. No re-entry here without a supervisor.</source>
        <translation>Уже внутри с {0}, стойка {1}. Повторный вход только через старшего смены.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown code. Search by name instead.</source>
        <translation>Неизвестный код. Найдите по имени.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forged badge: not issued by this forum. Call a supervisor.</source>
        <translation>Поддельный бейдж: выдан не этим форумом. Позовите старшего смены.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badge printed at a desk not known here yet. Sync, or search by name.</source>
        <translation>Бейдж напечатан на стойке, пока здесь неизвестной. Синхронизируйте или найдите по имени.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badge signed with a withdrawn desk key. Call a supervisor.</source>
        <translation>Бейдж подписан отозванным ключом стойки. Позовите старшего смены.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge of another event.</source>
        <translation>Бейдж другого мероприятия.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old badge: a newer one was printed. Ask for the current badge.</source>
        <translation>Старый бейдж: напечатан более новый. Попросите действующий бейдж.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration cancelled.</source>
        <translation>Регистрация отменена.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not allowed in this zone.</source>
        <translation>Вход в эту зону не разрешён.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This badge is not valid today.</source>
        <translation>Бейдж сегодня не действует.</translation>
    </message>
</context>
<context>
    <name>ScheduleFlow</name>
    <message>
        <location filename="../../ui/pages/meeting_schedule.py" line="+51"/>
        <location line="+23"/>
        <source>Scheduling meetings…</source>
        <translation>Составление расписания встреч…</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Placed %n meeting(s).</source>
        <translation>
            <numerusform>Размещена %n встреча.</numerusform>
            <numerusform>Размещено %n встречи.</numerusform>
            <numerusform>Размещено %n встреч.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n request(s) could not be placed.</source>
        <translation>
            <numerusform>%n заявку не удалось разместить.</numerusform>
            <numerusform>%n заявки не удалось разместить.</numerusform>
            <numerusform>%n заявок не удалось разместить.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority weight {0} of at most {1} ({2:.1f} %).</source>
        <translation>Вес приоритетов {0} из максимума {1} ({2:.1f} %).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>… and {0} more.</source>
        <translation>… и ещё {0}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scheduling cancelled; nothing was booked.</source>
        <translation>Расписание отменено; ничего не забронировано.</translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <location filename="../../ui/dialogs/supervisor.py" line="-99"/>
        <source>Change the supervisor PIN</source>
        <translation>Смена PIN-кода старшего смены</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Supervisor PIN</source>
        <translation>PIN-код старшего смены</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A supervisor types this PIN to admit someone a rejection turned away and to leave the kiosk. There is no default PIN: choose one of {0} to {1} characters and keep it from the desk staff.</source>
        <translation>Старший смены вводит этот PIN-код, чтобы допустить человека, которому было отказано, и чтобы выйти из режима киоска. PIN-кода по умолчанию нет: выберите код из {0}–{1} символов и не сообщайте его сотрудникам стойки.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Current PIN</source>
        <translation>Текущий PIN-код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New PIN</source>
        <translation>Новый PIN-код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New PIN again</source>
        <translation>Новый PIN-код ещё раз</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The two new PINs differ.</source>
        <translation>Два новых PIN-кода не совпадают.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The current PIN is wrong; nothing was changed.</source>
        <translation>Текущий PIN-код неверен; ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="+48"/>
        <source>Desk settings</source>
        <translation>Настройки стойки</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>chosen when printing</source>
        <translation>выбирается при печати</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play a sound for each scan result</source>
        <translation>Звуковой сигнал для каждого результата</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not enrolled (see the Sync page)</source>
        <translation>не подключена (см. страницу «Синхронизация»)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk name</source>
        <translation>Название стойки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zone</source>
        <translation>Зона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge layout</source>
        <translation>Макет бейджа</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+100"/>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Walk-in category</source>
        <translation>Категория при регистрации на месте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor PIN</source>
        <translation>PIN-код старшего смены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>set</source>
        <translation>задан</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not set: overrides are refused</source>
        <translation>не задан: допуск старшим смены невозможен</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set…</source>
        <translation>Задать…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Print badge on arrival</source>
        <translation>Печатать бейдж при прибытии</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (not on this computer)</source>
        <translation>%1 (нет на этом компьютере)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At a participant&apos;s first admission, if no badge of theirs was printed yet, the badge prints at once.</source>
        <translation>При первом допуске участника, если его бейдж ещё не печатался, бейдж сразу печатается.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Layout</source>
        <translation>Макет</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Desk&apos;s badge layout (%1)</source>
        <translation>Макет бейджа стойки (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chosen for this layout (%1)</source>
        <translation>Выбранный для этого макета (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System default printer (%1)</source>
        <translation>Принтер по умолчанию в системе (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System default printer</source>
        <translation>Принтер по умолчанию в системе</translation>
    </message>
</context>
<context>
    <name>SupervisorPin</name>
    <message>
        <location filename="../../ui/errors.py" line="-55"/>
        <source>No supervisor PIN is set on this desk, so overrides are refused. Set one in Desk &gt; Settings &gt; Supervisor PIN…</source>
        <translation>На этой стойке не задан PIN-код старшего смены, поэтому допуск невозможен. Задайте его: Стойка &gt; Настройки &gt; PIN-код старшего смены…</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/pages/sync.py" line="+23"/>
        <source>Sync now</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enroll…</source>
        <translation>Подключить…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suggested slot</source>
        <translation>Предложенный слот</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Move to suggested slot</source>
        <translation>Перенести в предложенный слот</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changes from the server this desk cannot apply. Sync goes on without them; tell the administrator.</source>
        <translation>Изменения с сервера, которые эта стойка не может применить. Синхронизация продолжается без них; сообщите администратору.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent sync rounds</source>
        <translation>Последние синхронизации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicts to resolve</source>
        <translation>Конфликты для решения</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Received changes set aside</source>
        <translation>Отложенные полученные изменения</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Server: {0} (role: {1})</source>
        <translation>Сервер: {0} (роль: {1})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This desk is not connected to a server yet.</source>
        <translation>Стойка ещё не подключена к серверу.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Started ({0})</source>
        <translation>Начало ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested slot ({0})</source>
        <translation>Предложенный слот ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When ({0})</source>
        <translation>Когда ({0})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ok</source>
        <translation>успешно</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>ошибка</translation>
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
        <translation>Изменение {0}, позиция в ленте {1}, объект {2}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="+224"/>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected to a server</source>
        <translation>Не подключена к серверу</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n изменение в очереди</numerusform>
            <numerusform>%n изменения в очереди</numerusform>
            <numerusform>%n изменений в очереди</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last sync {0}</source>
        <translation>последняя синхронизация {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n конфликт</numerusform>
            <numerusform>%n конфликта</numerusform>
            <numerusform>%n конфликтов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeChart</name>
    <message>
        <location filename="../../ui/widgets/charts.py" line="+127"/>
        <source>No arrivals yet</source>
        <translation>Прибывших пока нет</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>arrived so far: %1</source>
        <translation>прибыло на сейчас: %1</translation>
    </message>
</context>
<context>
    <name>TypedSearch</name>
    <message>
        <location filename="../../ui/pages/checkin_search.py" line="+110"/>
        <source>Nobody found for “{0}”.</source>
        <translation>По запросу «{0}» никого не найдено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter checks in {0}.</source>
        <translation>Enter отметит: {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More than {0} people match: type more of the name, or choose one with ↑ ↓ or the mouse.</source>
        <translation>Подходят больше {0} человек: введите имя полнее или выберите стрелками ↑ ↓ или мышью.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n people match: choose one with ↑ ↓ or the mouse, then press Enter.</source>
        <translation>
            <numerusform>Подходит %n человек: выберите стрелками ↑ ↓ или мышью и нажмите Enter.</numerusform>
            <numerusform>Подходят %n человека: выберите одного стрелками ↑ ↓ или мышью и нажмите Enter.</numerusform>
            <numerusform>Подходят %n человек: выберите одного стрелками ↑ ↓ или мышью и нажмите Enter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../ui/dialogs/walk_in.py" line="+37"/>
        <source>Walk-in registration</source>
        <translation>Регистрация на месте</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>transliterated when left empty</source>
        <translation>если пусто — транслитерация</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ISO code or English name, e.g. RU, Brazil</source>
        <translation>Код ISO или название по-английски, напр. RU, Brazil</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Given name (own script)</source>
        <translation>Имя (в оригинале)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name (own script)</source>
        <translation>Фамилия (в оригинале)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name (Latin)</source>
        <translation>Имя (латиница)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name (Latin)</source>
        <translation>Фамилия (латиница)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title or position</source>
        <translation>Звание или должность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Register and print badge</source>
        <translation>Зарегистрировать и напечатать бейдж</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Type the person&apos;s name.</source>
        <translation>Введите имя.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose or type a delegation.</source>
        <translation>Выберите или введите делегацию.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the country.</source>
        <translation>Введите страну.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a category.</source>
        <translation>Выберите категорию.</translation>
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
        <translation>Не удалось открыть базу данных форума {0}:
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
        <translation>Произошла ошибка, но стойка продолжает работать, и ничего из записанного не потеряно.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}

Details are in the log: {1}</source>
        <translation>{0}

Подробности в журнале: {1}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>ForumDesk did not close properly last time (started {0}).</source>
        <translation>В прошлый раз ForumDesk закрылся некорректно (запуск {0}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check-ins recorded before are safe. If this happens again, give the log to your IT contact: {0}</source>
        <translation>Ранее записанные регистрации сохранены. Если это повторится, передайте журнал вашему ИТ-специалисту: {0}</translation>
    </message>
</context>
</TS>
