<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>ArrivalPrinting</name>
    <message>
        <location filename="../../ui/arrival_printing.py" line="+211"/>
        <source>The badge could not be made (see the desk&apos;s log).</source>
        <extracomment>How long a badge&apos;s job is followed after the queue took it, in seconds; a job still in the queue then stays &quot;sent to PRINTER&quot;. Jobs followed at once; more wait their turn (the badges are in the queue already). checking (is it printed already?), printing, sent, printed or failed What went wrong, in the operator&apos;s words (state failed). The job is being followed in the queue (a failure may still come). The check-in that started it (or its latest retry): the panel shows this one&apos;s state while it shows that check-in. A badge&apos;s printing state changed (its registration code). By registration code: badges printing now, and those that failed.</extracomment>
        <translation>No se pudo generar la credencial (consulte el registro del mostrador).</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Badge printing…</source>
        <translation>Imprimiendo la credencial…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badge sent to %1</source>
        <translation>Credencial enviada a %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badge printed</source>
        <translation>Credencial impresa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Badge not printed: %1</source>
        <translation>Credencial no impresa: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Earlier badges not printed: %1.</source>
        <translation>Credenciales anteriores sin imprimir: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press %1 to try again.</source>
        <translation>Pulse %1 para reintentar.</translation>
    </message>
</context>
<context>
    <name>BadgeList</name>
    <message>
        <location filename="../../ui/widgets/badge_list.py" line="+34"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latin name</source>
        <translation>Nombre en alfabeto latino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge</source>
        <translation>Credencial</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>not printed</source>
        <translation>no impresa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>v%1 not printed</source>
        <translation>v%1 no impresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printed ×%1</source>
        <translation>impresa ×%1</translation>
    </message>
</context>
<context>
    <name>BadgePdf</name>
    <message>
        <location filename="../../ui/badge_pdf.py" line="+36"/>
        <source>Save badges as PDF</source>
        <translation>Guardar credenciales como PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Writing %n badge(s)…</source>
        <translation>
            <numerusform>Escribiendo %n credencial…</numerusform>
            <numerusform>Escribiendo %n credenciales…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n badge(s) saved to %1</source>
        <translation>
            <numerusform>%n credencial guardada en %1</numerusform>
            <numerusform>%n credenciales guardadas en %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancelled; nothing was logged as printed.</source>
        <translation>Cancelado; no se registró nada como impreso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badges not printed</source>
        <translation>Credenciales no impresas</translation>
    </message>
</context>
<context>
    <name>BadgePreview</name>
    <message>
        <location filename="../../ui/widgets/badge_preview.py" line="+33"/>
        <source>Choose a participant to see the badge</source>
        <translation>Elija un participante para ver su credencial</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No preview: %1</source>
        <translation>Sin vista previa: %1</translation>
    </message>
</context>
<context>
    <name>BadgePrintFlow</name>
    <message numerus="yes">
        <location filename="../../ui/badge_printing.py" line="+103"/>
        <source>Sending %n badge(s) to the printer…</source>
        <translation>
            <numerusform>Enviando %n credencial a la impresora…</numerusform>
            <numerusform>Enviando %n credenciales a la impresora…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sent; waiting for the printer…</source>
        <translation>Enviado; esperando a la impresora…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancelled; nothing was logged as printed.</source>
        <translation>Cancelado; no se registró nada como impreso.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Badges not printed</source>
        <translation>Credenciales no impresas</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n badge(s) sent to %1.</source>
        <translation>
            <numerusform>%n credencial enviada a %1.</numerusform>
            <numerusform>%n credenciales enviadas a %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n badge(s) not printed:</source>
        <translation>
            <numerusform>%n credencial no impresa:</numerusform>
            <numerusform>%n credenciales no impresas:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rest was cancelled.</source>
        <translation>El resto se canceló.</translation>
    </message>
</context>
<context>
    <name>BadgesPage</name>
    <message>
        <location filename="../../ui/pages/badges.py" line="+80"/>
        <source>Search name, code, delegation…</source>
        <translation>Buscar nombre, código, delegación…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printed or not</source>
        <translation>Impresa o no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not printed</source>
        <translation>No impresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed</source>
        <translation>Impresa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A6 portrait</source>
        <translation>A6 vertical</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CR80 card</source>
        <translation>Tarjeta CR80</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4×3 inch label</source>
        <translation>Etiqueta de 4×3 pulgadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 sheet of four</source>
        <translation>Hoja A4 de cuatro</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print batch</source>
        <translation>Imprimir lote</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprint…</source>
        <translation>Reimprimir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-in…</source>
        <translation>Registro in situ…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Layout</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>All delegations</source>
        <translation>Todas las delegaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participante</numerusform>
            <numerusform>%n participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n printed</source>
        <translation>
            <numerusform>%n impresa</numerusform>
            <numerusform>%n impresas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Badge version %1, not printed yet.</source>
        <translation>Credencial versión %1, aún no impresa.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Badge version %1; printed %2 time(s), last %3 at %4 (version %5).</source>
        <translation>Credencial versión %1; impresa %2 vez/veces, la última el %3 en el puesto %4 (versión %5).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Already printed</source>
        <translation>Ya impresas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of these badges were already printed. Print the same badge again? For a lost badge use Reprint…, so the old one stops admitting.</source>
        <translation>%1 de estas credenciales ya se imprimieron. ¿Imprimir la misma credencial otra vez? Para una credencial perdida use Reimprimir…, así la antigua deja de dar acceso.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Selected participants (%1)</source>
        <translation>Participantes seleccionados (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everyone listed (%1)</source>
        <translation>Todos los de la lista (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delegation: %1</source>
        <translation>Delegación: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Category: %1</source>
        <translation>Categoría: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing to print</source>
        <translation>Nada que imprimir</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>This badge was already printed %1 time(s). The new badge gets a new QR code and the old one will no longer admit. Reason for the reprint:</source>
        <translation>Esta credencial ya se imprimió %1 vez/veces. La nueva credencial recibe un código QR nuevo y la antigua dejará de dar acceso. Motivo de la reimpresión:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This badge has not been printed yet; a reprint still makes a new version. Reason for the reprint:</source>
        <translation>Esta credencial aún no se ha impreso; aun así, la reimpresión crea una versión nueva. Motivo de la reimpresión:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>Reprint badge</source>
        <translation>Reimprimir credencial</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>A reason is required.</source>
        <translation>Indique un motivo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reprint cancelled: nothing was printed and the old badge still admits.</source>
        <translation>Reimpresión cancelada: no se imprimió nada y la credencial anterior sigue siendo válida.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../ui/widgets/charts.py" line="+67"/>
        <source>No data yet</source>
        <extracomment>Length of the piece of line drawn before the arrived-so-far count, as its legend.</extracomment>
        <translation>Aún no hay datos</translation>
    </message>
</context>
<context>
    <name>CameraScanDialog</name>
    <message>
        <location filename="../../ui/dialogs/camera_scan.py" line="+37"/>
        <source>Scan with the camera</source>
        <translation>Escanear con la cámara</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hold the badge&apos;s QR code in front of the camera.</source>
        <translation>Muestre el código QR de la credencial a la cámara.</translation>
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <location filename="../../ui/pages/checkin.py" line="+81"/>
        <source>In</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo last</source>
        <translation>Deshacer último</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Override…</source>
        <translation>Autorizar…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Scan a badge, or type a name or registration code</source>
        <translation>Escanee una credencial o escriba un nombre o código de registro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A badge was scanned while a dialog was open.</source>
        <translation>Se escaneó una acreditación con un diálogo abierto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check it in</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Cannot check in</source>
        <translation>No se puede registrar la entrada</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Undo takes back the admission shown here; the last result was not one.</source>
        <translation>Deshacer anula la entrada mostrada aquí; el último resultado no fue una entrada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot undo</source>
        <translation>No se puede deshacer</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+12"/>
        <source>Nothing to undo</source>
        <translation>Nada que deshacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown person</source>
        <translation>Persona desconocida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>↶ Check-in undone</source>
        <translation>↶ Check-in deshecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: the check-in at {1} no longer counts.</source>
        <translation>{0}: el check-in de las {1} ya no cuenta.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>this person</source>
        <translation>esta persona</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This desk today: {0}   Zone today: {1}   Inside now: {2}</source>
        <translation>Hoy: puesto {0} · zona {1}   Dentro: {2}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No camera available</source>
        <translation>No hay cámara disponible</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="+82"/>
        <source>Arrivals</source>
        <translation>Llegadas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole event</source>
        <translation>Todo el evento</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export check-ins…</source>
        <translation>Exportar check-ins…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export attendance…</source>
        <translation>Exportar asistencia…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End-of-day report…</source>
        <translation>Informe del día…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+24"/>
        <location line="+7"/>
        <source>Registered</source>
        <translation>Registrados</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+23"/>
        <location line="+6"/>
        <source>Arrived</source>
        <translation>Llegados</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Inside now</source>
        <translation>Dentro ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+135"/>
        <source>Rejections today</source>
        <translation>Rechazos hoy</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Arrivals by category (arrived / registered)</source>
        <translation>Llegadas por categoría (llegados / registrados)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Arrivals over time (per 15 minutes)</source>
        <translation>Llegadas a lo largo del tiempo (cada 15 minutos)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Country</source>
        <translation>País</translation>
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
        <translation>Delegación</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>By country</source>
        <translation>Por país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By delegation</source>
        <translation>Por delegación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Heads of delegation and VIPs not arrived</source>
        <translation>Jefes de delegación y VIP que no han llegado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Could not compute the numbers: %1</source>
        <translation>No se pudieron calcular las cifras: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Numbers as of %1; the last refresh failed: %2</source>
        <translation>Cifras a las %1; la última actualización falló: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 not arrived</source>
        <translation>%1 sin llegar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rejections</source>
        <translation>Rechazos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Updated %1</source>
        <translation>Actualizado a las %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown code</source>
        <translation>Código desconocido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreadable scan</source>
        <translation>Lectura ilegible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Truncated QR</source>
        <translation>QR incompleto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oversized scan</source>
        <translation>Lectura demasiado larga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a ForumDesk badge</source>
        <translation>No es una credencial de ForumDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forged badge</source>
        <translation>Credencial falsificada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Altered badge</source>
        <translation>Credencial alterada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown desk key</source>
        <translation>Clave de puesto desconocida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked desk key</source>
        <translation>Clave de puesto revocada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another event&apos;s badge</source>
        <translation>Credencial de otro evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old badge version</source>
        <translation>Versión antigua de la credencial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration cancelled</source>
        <translation>Registro cancelado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zone not allowed</source>
        <translation>Zona no permitida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not valid today</source>
        <translation>No válida hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No re-entry</source>
        <translation>Sin reingreso</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Heads of delegation and VIPs not arrived: %1</source>
        <translation>Jefes de delegación y VIP que no han llegado: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every head of delegation and VIP has arrived</source>
        <translation>Han llegado todos los jefes de delegación y VIP</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Export check-ins</source>
        <translation>Exportar check-ins</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export attendance</source>
        <translation>Exportar asistencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>%n fila escrita en %1</numerusform>
            <numerusform>%n filas escritas en %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>End-of-day report</source>
        <translation>Informe del día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing the report…</source>
        <translation>Generando el informe…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report written to %1</source>
        <translation>Informe escrito en %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not written</source>
        <translation>No escrito</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../ui/dialogs/participant_edit.py" line="+192"/>
        <location filename="../../ui/widgets/participant_detail.py" line="+139"/>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/widgets/participant_detail.py" line="+1"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/widgets/participant_detail.py" line="+1"/>
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/widgets/participant_detail.py" line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/widgets/participant_detail.py" line="+1"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/widgets/participant_detail.py" line="+1"/>
        <source>Zones</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/widgets/participant_detail.py" line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <location filename="../../ui/widgets/participant_detail.py" line="+1"/>
        <source>Badge version</source>
        <translation>Versión de la credencial</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/participant_detail.py" line="+1"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_edit.py" line="-2"/>
        <location filename="../../ui/widgets/participant_detail.py" line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/participant_detail.py" line="+42"/>
        <source>No one selected</source>
        <translation>Nadie seleccionado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> (category default)</source>
        <translation> (predeterminado de la categoría)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>registered</source>
        <translation>registrado</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no photo</source>
        <translation>sin foto</translation>
    </message>
</context>
<context>
    <name>EditParticipantDialog</name>
    <message>
        <location filename="../../ui/dialogs/participant_edit.py" line="-159"/>
        <source>Edit {0}</source>
        <translation>Editar {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+139"/>
        <source>Given name (own script)</source>
        <extracomment>Change-log keys that are the software&apos;s bookkeeping, or shown in their own column.</extracomment>
        <translation>Nombre (escritura propia)</translation>
    </message>
    <message>
        <location line="-138"/>
        <location line="+139"/>
        <source>Family name (own script)</source>
        <translation>Apellido (escritura propia)</translation>
    </message>
    <message>
        <location line="-138"/>
        <location line="+139"/>
        <source>Given name (Latin)</source>
        <translation>Nombre (latino)</translation>
    </message>
    <message>
        <location line="-138"/>
        <location line="+139"/>
        <source>Family name (Latin)</source>
        <translation>Apellido (latino)</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Title or position</source>
        <translation>Título o cargo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country (code or English name)</source>
        <translation>País (código o nombre en inglés)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+144"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="-143"/>
        <location line="+144"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Languages (separated by ;)</source>
        <translation>Idiomas (separados por ;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zones (separated by ;, empty = category default)</source>
        <translation>Zonas (separadas por ;, vacío = predeterminadas de la categoría)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+126"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>A name is required.</source>
        <translation>Indique un nombre.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a delegation is required</source>
        <translation>la delegación es obligatoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown category</source>
        <translation>categoría desconocida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved: {0}</source>
        <translation>No guardado: {0}</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>unknown country</source>
        <translation>país desconocido</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../ui/pages/sync.py" line="+53"/>
        <source>Connect this desk to a server</source>
        <translation>Vincular este puesto a un servidor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-time code</source>
        <translation>Código de un solo uso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk name</source>
        <translation>Nombre del puesto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enroll</source>
        <translation>Vincular</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enter the server address (https://…) and the code from the administrator.</source>
        <translation>Escriba la dirección del servidor (https://…) y el código que le dio el administrador.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enrolling…</source>
        <translation>Vinculando…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enrollment failed: {0}</source>
        <translation>Falló la vinculación: {0}</translation>
    </message>
</context>
<context>
    <name>ErrorWords</name>
    <message>
        <location filename="../../ui/errors.py" line="+155"/>
        <source>The forum database cannot be read or written (damaged, locked or not a database).</source>
        <translation>No se puede leer ni escribir la base de datos del foro (dañada, bloqueada o no es una base de datos).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} is a folder, not a file.</source>
        <translation>{0} es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permission denied: {0}</source>
        <translation>Permiso denegado: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File not found: {0}</source>
        <translation>Archivo no encontrado: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong: {0}. The details are in the log file.</source>
        <translation>Algo salió mal: {0}. Los detalles están en el archivo de registro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong; the details are in the log file.</source>
        <translation>Algo salió mal; los detalles están en el archivo de registro.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This did not work: {message}</source>
        <translation>No funcionó: {message}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems in the file: {problems}. Nothing was imported.</source>
        <translation>Problemas en el archivo: {problems}. No se importó nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This cannot be changed here: {message}</source>
        <translation>Esto no se puede cambiar aquí: {message}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This database holds no event yet: import participants, or connect the desk to a server.</source>
        <translation>Esta base de datos aún no tiene evento: importe participantes o vincule el puesto a un servidor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrong PIN.</source>
        <translation>PIN incorrecto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code could not be read. Please scan again.</source>
        <translation>No se pudo leer el código. Escanee de nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only part of the code was read. Please scan again.</source>
        <translation>Solo se leyó una parte del código. Escanee de nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code is too long to be a badge. Please scan again.</source>
        <translation>El código es demasiado largo para ser una credencial. Escanee de nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a badge of this forum.</source>
        <translation>No es una credencial de este foro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This badge has been altered. Call a supervisor.</source>
        <translation>Esta credencial ha sido alterada. Llame a un supervisor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This booking is not possible: {message}</source>
        <translation>Esta reserva no es posible: {message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{delegation} already has a meeting with {partners} at this time.</source>
        <translation>{delegation} ya tiene una reunión con {partners} a esta hora.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{table} is already taken at this time by {delegations}.</source>
        <translation>{table} ya está ocupada a esta hora por {delegations}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{interpreter} is already interpreting for {delegations} at this time.</source>
        <translation>{interpreter} ya interpreta para {delegations} a esta hora.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{interpreter} does not speak {languages}.</source>
        <translation>{interpreter} no habla {languages}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No interpreter for {languages} is free at this time: choose another slot, or book with their own interpreter.</source>
        <translation>Ningún intérprete de {languages} está libre a esa hora: elija otra franja o reserve con el intérprete propio de las delegaciones.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A meeting needs two different delegations.</source>
        <translation>Una reunión necesita dos delegaciones distintas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This meeting is {status}; book the request again instead.</source>
        <translation>Esta reunión está {status}; reserve de nuevo la solicitud.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This request is already {status}.</source>
        <translation>Esta solicitud ya está {status}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That status is not possible here.</source>
        <translation>Ese estado no es posible aquí.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That purpose is not possible here.</source>
        <translation>Ese propósito no es posible aquí.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That slot no longer exists.</source>
        <translation>Esa franja ya no existe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That table no longer exists.</source>
        <translation>Esa mesa ya no existe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That interpreter no longer exists.</source>
        <translation>Ese intérprete ya no existe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This change would break booked meetings: {message}</source>
        <translation>Este cambio afectaría a reuniones reservadas: {message}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This day already has a slot from {0} to {1}; these slots would overlap it.</source>
        <translation>Este día ya tiene una franja de {0} a {1}; estas franjas se solaparían con ella.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meetings use this day&apos;s slots; move or cancel them before removing the day.</source>
        <translation>Hay reuniones en las franjas de este día; muévalas o cancélelas antes de eliminar el día.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync failed: {message}</source>
        <translation>La sincronización falló: {message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not answer. Check the address and the network.</source>
        <translation>El servidor no responde. Compruebe la dirección y la red.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server no longer accepts this desk: enroll again.</source>
        <translation>El servidor ya no acepta este puesto: vincúlelo de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused this: {message}</source>
        <translation>El servidor lo rechazó: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This desk is not connected to a server yet.</source>
        <translation>Este puesto aún no está vinculado a un servidor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the code: it is unknown, used or expired.</source>
        <translation>El servidor rechazó el código: es desconocido, ya se usó o ha caducado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This desk&apos;s database holds another event with data. Use a new, empty database to enroll.</source>
        <translation>La base de datos de este puesto contiene datos de otro evento. Use una base de datos nueva y vacía para vincularlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file name must end in .csv or .xlsx.</source>
        <translation>El nombre del archivo debe terminar en .csv o .xlsx.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many rows for one spreadsheet: export them as CSV instead.</source>
        <translation>Demasiadas filas para una hoja de cálculo: expórtelas como CSV.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No participants to print badges for.</source>
        <translation>No hay participantes para imprimir credenciales.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No participant has the code {0}.</source>
        <translation>Ningún participante tiene el código {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No delegation named {0}.</source>
        <translation>No hay ninguna delegación llamada {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No category named {0}.</source>
        <translation>No hay ninguna categoría llamada {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No table or room named {0}.</source>
        <translation>No hay ninguna mesa ni sala llamada {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No zone {0}.</source>
        <translation>No hay ninguna zona {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not found: it may have been removed meanwhile.</source>
        <translation>No encontrado: puede que se haya eliminado mientras tanto.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A PIN has {0} to {1} characters, without spaces at the beginning or end.</source>
        <translation>Un PIN tiene de {0} a {1} caracteres, sin espacios al principio ni al final.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reason is required.</source>
        <translation>Indique un motivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A name is required.</source>
        <translation>Indique un nombre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A delegation is required.</source>
        <translation>Indique una delegación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This country is not known: {0}</source>
        <translation>País desconocido: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This category is not known: {0}</source>
        <translation>Categoría desconocida: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no badge layout {0}.</source>
        <translation>No existe el formato de credencial {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some of these values are not possible: {0}.</source>
        <translation>Algunos de estos valores no son posibles: {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The badge of {0} changed meanwhile; ask for the reprint again.</source>
        <translation>La credencial de {0} cambió mientras tanto; solicite de nuevo la reimpresión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a rejection can be overridden.</source>
        <translation>Solo se puede autorizar un rechazo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not done: something changed meanwhile ({0}).</source>
        <translation>No se hizo: algo cambió mientras tanto ({0}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unavailable</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{delegation} is not available at this time ({reason}).</source>
        <translation>{delegation} no está disponible a esta hora ({reason}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{delegations} share no language: choose an interpreter for {languages}.</source>
        <translation>{delegations} no comparten idioma: elija un intérprete para {languages}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0} has {1} meeting(s); move or cancel them before removing it.</source>
        <translation>{0} tiene {1} reunión(es); muévalas o cancélelas antes de eliminarla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled meetings keep {0} in their history; rename it instead of removing it.</source>
        <translation>Las reuniones canceladas conservan {0} en su historial; cámbiele el nombre en lugar de eliminarla.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} interprets at {1} meeting(s); give those meetings another interpreter first.</source>
        <translation>{0} interpreta en {1} reunión(es); asigne antes otro intérprete a esas reuniones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled meetings keep {0} in their history.</source>
        <translation>Las reuniones canceladas conservan {0} en su historial.</translation>
    </message>
</context>
<context>
    <name>FailedJobsPanel</name>
    <message>
        <location filename="../../ui/widgets/print_jobs.py" line="+43"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badges</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n print job(s) failed</source>
        <translation>
            <numerusform>%n trabajo de impresión falló</numerusform>
            <numerusform>%n trabajos de impresión fallaron</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/dialogs/participant_edit.py" line="+81"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layout</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked versions</source>
        <translation>Versiones revocadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filled in</source>
        <translation>Completado desde el duplicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged from</source>
        <translation>Duplicado fusionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged into</source>
        <translation>Fusionado en</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>When ({0})</source>
        <translation>Cuándo ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+54"/>
        <source>registered</source>
        <translation>registrado</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>edited</source>
        <translation>editado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+52"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>merged</source>
        <translation>fusionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new badge version</source>
        <translation>nueva versión de la credencial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>badge printed</source>
        <translation>credencial impresa</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_report.py" line="+29"/>
        <source>Import report</source>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: {1} problem(s) found. Nothing was imported; correct the file and import it again.</source>
        <translation>{0}: {1} problema(s) encontrado(s). No se importó nada; corrija el archivo e impórtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: {1} new, {2} updated, {3} unchanged.</source>
        <translation>{0}: {1} nuevos, {2} actualizados, {3} sin cambios.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+12"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../ui/kiosk.py" line="+119"/>
        <source>ForumDesk self check-in</source>
        <translation>ForumDesk: autoservicio de check-in</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Welcome!</source>
        <extracomment>Font sizes (pixels at 1280x800, bold); scaled to the screen in resizeEvent.</extracomment>
        <translation>¡Bienvenido/a!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please scan your badge</source>
        <translation>Escanee su credencial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the QR code under the scanner</source>
        <translation>Acerque el código QR al escáner</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Welcome, you are checked in</source>
        <translation>Bienvenido/a, ya está registrado/a</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enjoy the forum!</source>
        <translation>¡Disfrute del foro!</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You are already checked in</source>
        <translation>Ya está registrado/a</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please go ahead.</source>
        <translation>Puede pasar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+87"/>
        <source>Please see the registration desk</source>
        <translation>Diríjase al puesto de acreditación</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>We could not check you in here.</source>
        <translation>No pudimos registrar su entrada aquí.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Our staff will help you.</source>
        <translation>Nuestro personal le ayudará.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Your badge is printing…</source>
        <translation>Su credencial se está imprimiendo…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Please take your badge from the printer.</source>
        <translation>Recoja su credencial en la impresora.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No badge could be printed here, but the badge you scanned works at every entrance.</source>
        <translation>No se pudo imprimir una credencial aquí, pero la credencial que escaneó sirve en todas las entradas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please collect your badge at the registration desk.</source>
        <translation>Recoja su credencial en el puesto de acreditación.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/actions.py" line="+23"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import participants…</source>
        <translation>&amp;Importar participantes…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Desk</source>
        <translation>&amp;Puesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Desk &amp;name…</source>
        <translation>&amp;Nombre del puesto…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Operator…</source>
        <translation>&amp;Operador…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ForumDesk</source>
        <translation>&amp;Acerca de ForumDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kiosk mode</source>
        <translation>Modo &amp;quiosco</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language applies when ForumDesk starts again.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie ForumDesk.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Desk name</source>
        <translation>Nombre del puesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of this desk:</source>
        <translation>Nombre de este puesto:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is working at this desk?</source>
        <translation>¿Quién trabaja en este puesto?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>About ForumDesk</source>
        <translation>Acerca de ForumDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;ForumDesk {0}&lt;/h3&gt;&lt;p&gt;Registration, badges, check-in and bilateral meetings for international forums.&lt;/p&gt;&lt;p&gt;Fonts: Noto (SIL Open Font License), Droid Sans Fallback (Apache 2.0).&lt;/p&gt;&lt;p&gt;Log files: {1}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ForumDesk {0}&lt;/h3&gt;&lt;p&gt;Registro, credenciales, check-in y reuniones bilaterales para foros internacionales.&lt;/p&gt;&lt;p&gt;Fuentes: Noto (SIL Open Font License), Droid Sans Fallback (Apache 2.0).&lt;/p&gt;&lt;p&gt;Archivos de registro: {1}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+42"/>
        <source>ForumDesk</source>
        <translation>ForumDesk</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badges</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This page arrives with a coming version of ForumDesk.</source>
        <translation>Esta página llegará en una próxima versión de ForumDesk.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Event: {0}</source>
        <translation>Evento: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No event yet: import participants</source>
        <translation>Aún no hay evento: importe participantes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no operator</source>
        <translation>sin operador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desk: {0} · {1} · {2}</source>
        <translation>Puesto: {0} · {1} · {2}</translation>
    </message>
</context>
<context>
    <name>MeetingGrid</name>
    <message>
        <location filename="../../ui/widgets/meeting_grid.py" line="+93"/>
        <source>Interpreter: {0}</source>
        <translation>Intérprete: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provisional: not yet confirmed by the server</source>
        <translation>Provisional: aún sin confirmar por el servidor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not yet sent to the server</source>
        <translation>Aún no enviada al servidor</translation>
    </message>
</context>
<context>
    <name>MeetingRequestDialog</name>
    <message>
        <location filename="../../ui/dialogs/meeting_request.py" line="+43"/>
        <source>New meeting request</source>
        <translation>Nueva solicitud de reunión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type part of the name…</source>
        <translation>Escriba parte del nombre…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 normal · 2 high · 3 essential</source>
        <translation>1 normal · 2 alta · 3 imprescindible</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Talks</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement signing</source>
        <translation>Firma de acuerdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twinning</source>
        <translation>Hermanamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>language codes to interpret, e.g. ru; zh (optional)</source>
        <translation>códigos de idioma a interpretar, p. ej. ru; zh (opcional)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Requested by</source>
        <translation>Solicitada por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wants to meet</source>
        <translation>Quiere reunirse con</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language needs</source>
        <translation>Necesidades de idioma</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File request</source>
        <translation>Presentar solicitud</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{0} speaks {1}; {2} speaks {3}.</source>
        <translation>{0} habla {1}; {2} habla {3}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>They share {0}.</source>
        <translation>Comparten {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They need an interpreter.</source>
        <translation>Necesitan un intérprete.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose both delegations from the list.</source>
        <translation>Elija ambas delegaciones de la lista.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A delegation cannot ask to meet itself.</source>
        <translation>Una delegación no puede pedir una reunión consigo misma.</translation>
    </message>
</context>
<context>
    <name>MeetingSetupDialog</name>
    <message>
        <location filename="../../ui/dialogs/meeting_setup.py" line="+77"/>
        <source>Meeting setup</source>
        <translation>Configuración de reuniones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting days</source>
        <translation>Días de reuniones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tables and rooms</source>
        <translation>Mesas y salas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreters</source>
        <translation>Intérpretes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unavailable times</source>
        <translation>Horas no disponibles</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+74"/>
        <location line="+25"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Slots</source>
        <translation>Franjas</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+75"/>
        <location line="+25"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="-100"/>
        <location line="+76"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="-70"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 13:00-14:00; 16:00-16:15</source>
        <translation>p. ej. 13:00-14:00; 16:00-16:15</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add day</source>
        <translation>Añadir día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove day</source>
        <translation>Eliminar día</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First slot at</source>
        <translation>Primera franja a las</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slot length</source>
        <translation>Duración de la franja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of slots</source>
        <translation>Número de franjas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks</source>
        <translation>Pausas</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+14"/>
        <location line="+10"/>
        <location line="+11"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+15"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Capacity</source>
        <translation>Plazas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Table 25 or Room B</source>
        <translation>p. ej. Mesa 25 o Sala B</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+118"/>
        <source>Table</source>
        <translation>Mesa</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+117"/>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+21"/>
        <location line="+37"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+21"/>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+21"/>
        <location line="+35"/>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Seats</source>
        <translation>Plazas</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>codes, e.g. ru; zh; en</source>
        <translation>códigos, p. ej. ru; zh; en</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+25"/>
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+24"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Type part of the name…</source>
        <translation>Escriba parte del nombre…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. plenary speech</source>
        <translation>p. ej. discurso en el plenario</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Write breaks as from-to times, e.g. 13:00-14:00; 16:00-16:15.</source>
        <translation>Escriba las pausas como horas desde-hasta, p. ej. 13:00-14:00; 16:00-16:15.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} slots added on {1}.</source>
        <translation>{0} franjas añadidas el {1}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} removed.</source>
        <translation>Día {0} eliminado.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>{0} is unavailable from {1} to {2}.</source>
        <translation>{0} no está disponible de {1} a {2}.</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Choose a day in the list first.</source>
        <translation>Primero elija un día de la lista.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Give the table or room a name.</source>
        <translation>Dé un nombre a la mesa o sala.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+46"/>
        <source>{0} added.</source>
        <translation>{0} añadida.</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+16"/>
        <source>Choose a table in the list first.</source>
        <translation>Primero elija una mesa de la lista.</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+44"/>
        <source>{0} saved.</source>
        <translation>{0} guardada.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Table removed.</source>
        <translation>Mesa eliminada.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+14"/>
        <source>An interpreter needs a name and language codes.</source>
        <translation>Un intérprete necesita un nombre y códigos de idioma.</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+14"/>
        <source>Choose an interpreter in the list first.</source>
        <translation>Primero elija un intérprete de la lista.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interpreter removed.</source>
        <translation>Intérprete eliminado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a delegation from the list.</source>
        <translation>Elija una delegación de la lista.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a meeting day first.</source>
        <translation>Primero añada un día de reuniones.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The unavailable time must end after it starts.</source>
        <translation>La hora no disponible debe terminar después de empezar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose an unavailable time in the list first.</source>
        <translation>Primero elija una hora no disponible de la lista.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unavailable time removed.</source>
        <translation>Hora no disponible eliminada.</translation>
    </message>
</context>
<context>
    <name>MeetingWords</name>
    <message>
        <location filename="../../ui/meeting_words.py" line="+21"/>
        <source>Talks</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement signing</source>
        <translation>Firma de acuerdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twinning</source>
        <translation>Hermanamiento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Booked</source>
        <translation>Reservada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>Celebrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>No presentada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested</source>
        <translation>Solicitada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no interpreter for {languages}</source>
        <translation>ningún intérprete para {languages}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delegation unavailable ({delegation})</source>
        <translation>delegación no disponible ({delegation})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no common free slot for {a} and {b}</source>
        <translation>ninguna franja libre en común para {a} y {b}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every table is taken when both are free</source>
        <translation>todas las mesas están ocupadas cuando ambas están libres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the interpreters for {languages} are busy when both are free</source>
        <translation>los intérpretes de {languages} están ocupados cuando ambas están libres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{a} and {b} already have a meeting</source>
        <translation>{a} y {b} ya tienen una reunión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>asked twice; one meeting is planned</source>
        <translation>pedida dos veces; hay una reunión prevista</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../ui/pages/meetings.py" line="+68"/>
        <source>Interpreter for the booking</source>
        <translation>Intérprete para la reserva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interpreter:</source>
        <translation>Intérprete:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Setup…</source>
        <translation>Configurar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting days, tables and rooms, interpreters, unavailable times</source>
        <translation>Días de reuniones, mesas y salas, intérpretes, horas no disponibles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New request…</source>
        <translation>Nueva solicitud…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to…</source>
        <translation>Mover a…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a meeting, press Move to…, then click a free cell (or drag it there)</source>
        <translation>Elija una reunión, pulse Mover a… y luego haga clic en una celda libre (o arrástrela allí)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Swap</source>
        <translation>Intercambiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select two meetings (Ctrl+click) and swap them</source>
        <translation>Seleccione dos reuniones (Ctrl+clic) e intercámbielas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Book here</source>
        <translation>Reservar aquí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel meeting</source>
        <translation>Cancelar reunión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule automatically</source>
        <translation>Programar automáticamente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agenda PDF…</source>
        <translation>Agenda en PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day:</source>
        <translation>Día:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Agenda of:</source>
        <translation>Agenda de:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Legend:</source>
        <translation>Leyenda:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} dashed, italic: provisional, not yet confirmed by the server</source>
        <translation>{0} discontinuo, cursiva: provisional, aún sin confirmar por el servidor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>bold: confirmed</source>
        <translation>negrita: confirmada</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>automatic</source>
        <translation>automático</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none: they bring their own</source>
        <translation>ninguno: traen el suyo</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose a request and a free cell first.</source>
        <translation>Primero elija una solicitud y una celda libre.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Booked (provisional until the server confirms).</source>
        <translation>Reservada (provisional hasta que el servidor la confirme).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Meeting cancelled; its request is open again.</source>
        <translation>Reunión cancelada; su solicitud vuelve a estar abierta.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not moved: </source>
        <translation>No movida: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Moved (provisional until the server confirms).</source>
        <translation>Movida (provisional hasta que el servidor la confirme).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the meeting to move first.</source>
        <translation>Primero elija la reunión que quiere mover.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Now click the free cell to move the meeting to (press Move to… again to stop).</source>
        <translation>Ahora haga clic en la celda libre a la que mover la reunión (pulse Mover a… de nuevo para parar).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select exactly two meetings to swap (Ctrl+click).</source>
        <translation>Seleccione exactamente dos reuniones para intercambiar (Ctrl+clic).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not swapped: </source>
        <translation>No intercambiadas: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Swapped (provisional until the server confirms).</source>
        <translation>Intercambiadas (provisional hasta que el servidor lo confirme).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Request filed.</source>
        <translation>Solicitud presentada.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save agenda</source>
        <translation>Guardar agenda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Agenda of {0} with {1} meetings saved.</source>
        <translation>Agenda de {0} con {1} reuniones guardada.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ui/dialogs/supervisor.py" line="+134"/>
        <source>Supervisor override</source>
        <translation>Autorización del supervisor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why is this person admitted?</source>
        <translation>¿Por qué se deja pasar a esta persona?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Admit {0} despite the rejection.</source>
        <translation>Dejar pasar a {0} pese al rechazo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Admit</source>
        <translation>Dejar pasar</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Wrong PIN.</source>
        <translation>PIN incorrecto.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Override refused: {0}</source>
        <translation>Autorización rechazada: {0}</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Please give a reason.</source>
        <translation>Indique un motivo.</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <location filename="../../ui/widgets/participant_table.py" line="+28"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (Latin)</source>
        <translation>Nombre (latino)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>registered</source>
        <translation>registrado</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../ui/pages/participants.py" line="+55"/>
        <source>Filter by name in any script, code, delegation…</source>
        <translation>Filtrar por nombre en cualquier escritura, código, delegación…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+178"/>
        <location line="+21"/>
        <source>Cancel participant</source>
        <translation>Cancelar participante</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>Merge…</source>
        <translation>Fusionar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>All delegations</source>
        <translation>Todas las delegaciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n participant(s) shown</source>
        <translation>
            <numerusform>%n participante mostrado</numerusform>
            <numerusform>%n participantes mostrados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not load participants: {0}</source>
        <translation>No se pudieron cargar los participantes: {0}</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Reinstate</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancel the registration of {0}? Their badge will be refused at check-in.
Reason:</source>
        <translation>¿Cancelar el registro de {0}? Su credencial será rechazada en el check-in.
Motivo:</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+14"/>
        <location line="+6"/>
        <source>Merge participants</source>
        <translation>Fusionar participantes</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Registration code of the duplicate to merge into {0}:</source>
        <translation>Código de registro del duplicado que se fusionará en {0}:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No other participant has the code {0}.</source>
        <translation>Ningún otro participante tiene el código {0}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Merge {0} ({1}) into {2} ({3})? The duplicate is cancelled; empty fields are filled from it.</source>
        <translation>¿Fusionar {0} ({1}) en {2} ({3})? El duplicado se cancela; los campos vacíos se rellenan con sus datos.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Import participants</source>
        <translation>Importar participantes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participant lists (*.csv *.xlsx);;All files (*)</source>
        <translation>Listas de participantes (*.csv *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Importing {0}…</source>
        <translation>Importando {0}…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be imported: {0}</source>
        <translation>No se pudo importar el archivo: {0}</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../ui/kiosk.py" line="-249"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Supervisor PIN to leave the kiosk:</source>
        <translation>PIN del supervisor para salir del quiosco:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Wrong PIN.</source>
        <translation>PIN incorrecto.</translation>
    </message>
</context>
<context>
    <name>PrintJobs</name>
    <message>
        <location filename="../../ui/errors.py" line="-297"/>
        <source>There is no printer “%1” on this computer.</source>
        <translation>No hay ninguna impresora «%1» en este equipo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No printer chosen, and this computer has no default printer.</source>
        <translation>No se eligió impresora y este equipo no tiene impresora predeterminada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The printer “%1” is not accepting jobs.</source>
        <translation>La impresora «%1» no acepta trabajos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The printer “%1” is paused.</source>
        <translation>La impresora «%1» está en pausa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer “%1” refused the job.</source>
        <translation>La impresora «%1» rechazó el trabajo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The print system of this computer is not running.</source>
        <translation>El sistema de impresión de este equipo no está en marcha.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent: the printer “%1” had a problem with an earlier job.</source>
        <translation>No enviado: la impresora «%1» tuvo un problema con un trabajo anterior.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The printer “%1” failed to print the job.</source>
        <translation>La impresora «%1» no pudo imprimir el trabajo.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Printers: %1</source>
        <translation>Impresoras: %1</translation>
    </message>
</context>
<context>
    <name>PrinterDialog</name>
    <message>
        <location filename="../../ui/dialogs/printer_choice.py" line="+35"/>
        <source>Print badges</source>
        <translation>Imprimir credenciales</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 × %2 mm, full page, 100 %</source>
        <translation>%1 × %2 mm, página completa, 100 %</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Printer</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper source</source>
        <translation>Bandeja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not accepting jobs</source>
        <translation>no acepta trabajos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>printing</source>
        <translation>imprimiendo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready</source>
        <translation>lista</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The printer “%1” chosen before is not on this computer.</source>
        <translation>La impresora «%1» elegida antes no está en este equipo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No printers are installed on this computer.</source>
        <translation>No hay impresoras instaladas en este equipo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Printer&apos;s default</source>
        <translation>Predeterminada de la impresora</translation>
    </message>
</context>
<context>
    <name>RequestList</name>
    <message>
        <location filename="../../ui/widgets/meeting_requests.py" line="+36"/>
        <source>Filter requests by delegation…</source>
        <translation>Filtrar solicitudes por delegación…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open requests</source>
        <translation>Solicitudes abiertas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All requests</source>
        <translation>Todas las solicitudes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requested by</source>
        <translation>Solicitada por</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Needs an interpreter for {0}</source>
        <translation>Necesita intérprete para {0}</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../../ui/widgets/result_panel.py" line="+174"/>
        <source>Ready: scan a badge</source>
        <extracomment>Background and text colour of each state (amber takes dark text for contrast). Text size of the badge-printing line, and the share of the panel&apos;s width it may take. Looks of the badge-printing line: on the panel&apos;s colour, or a white card for a problem. The panel shows something else (a decision, a message, idle): lines that belong to what it showed before (the badge printing on arrival) are set again. Times of earlier check-ins are shown in the event&apos;s time zone.</extracomment>
        <translation>Listo: escanee una credencial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or type a name or registration code.</source>
        <translation>O escriba un nombre o código de registro.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Genuine badge</source>
        <translation>Credencial auténtica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details arrive with the next sync</source>
        <translation>Los datos llegarán con la próxima sincronización</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>✔ Checked out</source>
        <translation>✔ Salida registrada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✔ Welcome in</source>
        <translation>✔ Adelante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● Already checked in</source>
        <translation>● Ya registrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✖ Not admitted</source>
        <translation>✖ Acceso denegado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Genuine badge. Details arrive with the next sync.</source>
        <translation>Credencial auténtica. Los datos llegarán con la próxima sincronización.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admitted by a supervisor override.</source>
        <translation>Admitido por autorización del supervisor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked out (had not been checked in here).</source>
        <translation>Salida registrada (no se había registrado la entrada aquí).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already in since {0} at {1}. Re-entry is allowed.</source>
        <translation>Dentro desde las {0} en el puesto {1}. Se permite el reingreso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already inside since {0} at {1}. No re-entry here without a supervisor.</source>
        <translation>Dentro desde las {0} en el puesto {1}. Aquí no se permite el reingreso sin un supervisor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown code. Search by name instead.</source>
        <translation>Código desconocido. Busque por el nombre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forged badge: not issued by this forum. Call a supervisor.</source>
        <translation>Credencial falsificada: no la emitió este foro. Llame a un supervisor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badge printed at a desk not known here yet. Sync, or search by name.</source>
        <translation>Credencial impresa en un puesto que aquí aún no se conoce. Sincronice o busque por el nombre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badge signed with a withdrawn desk key. Call a supervisor.</source>
        <translation>Credencial firmada con una clave de puesto revocada. Llame a un supervisor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge of another event.</source>
        <translation>Credencial de otro evento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old badge: a newer one was printed. Ask for the current badge.</source>
        <translation>Credencial antigua: se imprimió una más reciente. Pida la credencial vigente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration cancelled.</source>
        <translation>Registro cancelado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not allowed in this zone.</source>
        <translation>Sin acceso a esta zona.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This badge is not valid today.</source>
        <translation>Esta credencial no es válida hoy.</translation>
    </message>
</context>
<context>
    <name>ScheduleFlow</name>
    <message>
        <location filename="../../ui/pages/meeting_schedule.py" line="+51"/>
        <location line="+23"/>
        <source>Scheduling meetings…</source>
        <translation>Programando reuniones…</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Placed %n meeting(s).</source>
        <translation>
            <numerusform>%n reunión programada.</numerusform>
            <numerusform>%n reuniones programadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n request(s) could not be placed.</source>
        <translation>
            <numerusform>%n solicitud no se pudo programar.</numerusform>
            <numerusform>%n solicitudes no se pudieron programar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority weight {0} of at most {1} ({2:.1f} %).</source>
        <translation>Peso de prioridad {0} de un máximo de {1} ({2:.1f} %).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>… and {0} more.</source>
        <translation>… y {0} más.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scheduling cancelled; nothing was booked.</source>
        <translation>Programación cancelada; no se reservó nada.</translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <location filename="../../ui/dialogs/supervisor.py" line="-99"/>
        <source>Change the supervisor PIN</source>
        <translation>Cambiar el PIN del supervisor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Supervisor PIN</source>
        <translation>PIN del supervisor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A supervisor types this PIN to admit someone a rejection turned away and to leave the kiosk. There is no default PIN: choose one of {0} to {1} characters and keep it from the desk staff.</source>
        <translation>El supervisor escribe este PIN para autorizar a alguien que fue rechazado y para salir del modo quiosco. No hay PIN predeterminado: elija uno de {0} a {1} caracteres y no lo comparta con el personal del puesto.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Current PIN</source>
        <translation>PIN actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New PIN</source>
        <translation>PIN nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New PIN again</source>
        <translation>Repita el PIN nuevo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The two new PINs differ.</source>
        <translation>Los dos PIN nuevos no coinciden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The current PIN is wrong; nothing was changed.</source>
        <translation>El PIN actual es incorrecto; no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="+48"/>
        <source>Desk settings</source>
        <translation>Configuración del puesto</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>chosen when printing</source>
        <translation>se elige al imprimir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play a sound for each scan result</source>
        <translation>Reproducir un sonido para cada resultado de escaneo</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not enrolled (see the Sync page)</source>
        <translation>sin vincular (vea la página Sincronización)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk name</source>
        <translation>Nombre del puesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge layout</source>
        <translation>Formato de credencial</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+100"/>
        <source>Printer</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Walk-in category</source>
        <translation>Categoría del registro in situ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor PIN</source>
        <translation>PIN del supervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>set</source>
        <translation>definido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not set: overrides are refused</source>
        <translation>no definido: se rechazan las autorizaciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set…</source>
        <translation>Definir…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Print badge on arrival</source>
        <translation>Imprimir la credencial a la llegada</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (not on this computer)</source>
        <translation>%1 (no está en este equipo)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At a participant&apos;s first admission, if no badge of theirs was printed yet, the badge prints at once.</source>
        <translation>En la primera admisión de un participante, si aún no se imprimió ninguna credencial suya, la credencial se imprime en el acto.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Layout</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Desk&apos;s badge layout (%1)</source>
        <translation>Formato de credencial del mostrador (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chosen for this layout (%1)</source>
        <translation>La elegida para este formato (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System default printer (%1)</source>
        <translation>Impresora predeterminada del sistema (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System default printer</source>
        <translation>Impresora predeterminada del sistema</translation>
    </message>
</context>
<context>
    <name>SupervisorPin</name>
    <message>
        <location filename="../../ui/errors.py" line="-55"/>
        <source>No supervisor PIN is set on this desk, so overrides are refused. Set one in Desk &gt; Settings &gt; Supervisor PIN…</source>
        <translation>Este puesto no tiene PIN del supervisor, así que se rechazan las autorizaciones. Defina uno en Puesto &gt; Configuración &gt; PIN del supervisor…</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/pages/sync.py" line="+23"/>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enroll…</source>
        <translation>Vincular…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Recibidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suggested slot</source>
        <translation>Franja sugerida</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Move to suggested slot</source>
        <translation>Mover a la franja sugerida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changes from the server this desk cannot apply. Sync goes on without them; tell the administrator.</source>
        <translation>Cambios del servidor que este puesto no puede aplicar. La sincronización continúa sin ellos; avise al administrador.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent sync rounds</source>
        <translation>Sincronizaciones recientes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicts to resolve</source>
        <translation>Conflictos por resolver</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Received changes set aside</source>
        <translation>Cambios recibidos apartados</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Server: {0} (role: {1})</source>
        <translation>Servidor: {0} (rol: {1})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This desk is not connected to a server yet.</source>
        <translation>Este puesto aún no está vinculado a un servidor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Started ({0})</source>
        <translation>Inicio ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested slot ({0})</source>
        <translation>Franja sugerida ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When ({0})</source>
        <translation>Cuándo ({0})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ok</source>
        <translation>correcto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>fallido</translation>
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
        <translation>Cambio {0}, posición en el feed {1}, sobre {2}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="+224"/>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected to a server</source>
        <translation>No vinculado a un servidor</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n cambio pendiente</numerusform>
            <numerusform>%n cambios pendientes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last sync {0}</source>
        <translation>última sincronización {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeChart</name>
    <message>
        <location filename="../../ui/widgets/charts.py" line="+127"/>
        <source>No arrivals yet</source>
        <translation>Aún no hay llegadas</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>arrived so far: %1</source>
        <translation>llegados hasta ahora: %1</translation>
    </message>
</context>
<context>
    <name>TypedSearch</name>
    <message>
        <location filename="../../ui/pages/checkin_search.py" line="+110"/>
        <source>Nobody found for “{0}”.</source>
        <translation>No se encontró a nadie para «{0}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter checks in {0}.</source>
        <translation>Intro registra a {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More than {0} people match: type more of the name, or choose one with ↑ ↓ or the mouse.</source>
        <translation>Coinciden más de {0} personas: escriba más del nombre o elija una con ↑ ↓ o el ratón.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n people match: choose one with ↑ ↓ or the mouse, then press Enter.</source>
        <translation>
            <numerusform>%n persona coincide: elíjala con ↑ ↓ o el ratón y pulse Intro.</numerusform>
            <numerusform>%n personas coinciden: elija una con ↑ ↓ o el ratón y pulse Intro.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../ui/dialogs/walk_in.py" line="+37"/>
        <source>Walk-in registration</source>
        <translation>Registro in situ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>transliterated when left empty</source>
        <translation>se translitera si se deja vacío</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ISO code or English name, e.g. RU, Brazil</source>
        <translation>Código ISO o nombre en inglés, p. ej. RU, Brazil</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Given name (own script)</source>
        <translation>Nombre (escritura propia)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name (own script)</source>
        <translation>Apellido (escritura propia)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name (Latin)</source>
        <translation>Nombre (latino)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name (Latin)</source>
        <translation>Apellido (latino)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title or position</source>
        <translation>Título o cargo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Register and print badge</source>
        <translation>Registrar e imprimir credencial</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Type the person&apos;s name.</source>
        <translation>Escriba el nombre de la persona.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose or type a delegation.</source>
        <translation>Elija o escriba una delegación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the country.</source>
        <translation>Escriba el país.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a category.</source>
        <translation>Elija una categoría.</translation>
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
        <translation>No se puede abrir la base de datos del foro {0}:
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
        <translation>Algo salió mal, pero el puesto sigue funcionando y no se perdió nada de lo registrado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}

Details are in the log: {1}</source>
        <translation>{0}

Los detalles están en el registro: {1}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>ForumDesk did not close properly last time (started {0}).</source>
        <translation>ForumDesk no se cerró correctamente la última vez (iniciado el {0}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check-ins recorded before are safe. If this happens again, give the log to your IT contact: {0}</source>
        <translation>Los registros de entrada anteriores están a salvo. Si vuelve a ocurrir, entregue el registro a su contacto de TI: {0}</translation>
    </message>
</context>
</TS>
