<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>ArrivalPrinting</name>
    <message>
        <location filename="../../ui/arrival_printing.py" line="+211"/>
        <source>The badge could not be made (see the desk&apos;s log).</source>
        <extracomment>How long a badge&apos;s job is followed after the queue took it, in seconds; a job still in the queue then stays &quot;sent to PRINTER&quot;. Jobs followed at once; more wait their turn (the badges are in the queue already). checking (is it printed already?), printing, sent, printed or failed What went wrong, in the operator&apos;s words (state failed). The job is being followed in the queue (a failure may still come). The check-in that started it (or its latest retry): the panel shows this one&apos;s state while it shows that check-in. A badge&apos;s printing state changed (its registration code). By registration code: badges printing now, and those that failed.</extracomment>
        <translation>Não foi possível gerar o crachá (veja o registro do balcão).</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Badge printing…</source>
        <translation>Imprimindo o crachá…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badge sent to %1</source>
        <translation>Crachá enviado para %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badge printed</source>
        <translation>Crachá impresso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Badge not printed: %1</source>
        <translation>Crachá não impresso: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Earlier badges not printed: %1.</source>
        <translation>Crachás anteriores não impressos: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press %1 to try again.</source>
        <translation>Pressione %1 para tentar de novo.</translation>
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
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latin name</source>
        <translation>Nome em latim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>Delegação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge</source>
        <translation>Crachá</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>not printed</source>
        <translation>não impresso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>v%1 not printed</source>
        <translation>v%1 não impresso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printed ×%1</source>
        <translation>impresso ×%1</translation>
    </message>
</context>
<context>
    <name>BadgePdf</name>
    <message>
        <location filename="../../ui/badge_pdf.py" line="+36"/>
        <source>Save badges as PDF</source>
        <translation>Salvar crachás como PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Writing %n badge(s)…</source>
        <translation>
            <numerusform>Gravando %n crachá…</numerusform>
            <numerusform>Gravando %n crachás…</numerusform>
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
            <numerusform>%n crachá salvo em %1</numerusform>
            <numerusform>%n crachás salvos em %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancelled; nothing was logged as printed.</source>
        <translation>Cancelado; nada foi registrado como impresso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badges not printed</source>
        <translation>Crachás não impressos</translation>
    </message>
</context>
<context>
    <name>BadgePreview</name>
    <message>
        <location filename="../../ui/widgets/badge_preview.py" line="+33"/>
        <source>Choose a participant to see the badge</source>
        <translation>Escolha um participante para ver o crachá</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No preview: %1</source>
        <translation>Sem pré-visualização: %1</translation>
    </message>
</context>
<context>
    <name>BadgePrintFlow</name>
    <message numerus="yes">
        <location filename="../../ui/badge_printing.py" line="+103"/>
        <source>Sending %n badge(s) to the printer…</source>
        <translation>
            <numerusform>Enviando %n crachá para a impressora…</numerusform>
            <numerusform>Enviando %n crachás para a impressora…</numerusform>
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
        <translation>Enviado; aguardando a impressora…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancelled; nothing was logged as printed.</source>
        <translation>Cancelado; nada foi registrado como impresso.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Badges not printed</source>
        <translation>Crachás não impressos</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n badge(s) sent to %1.</source>
        <translation>
            <numerusform>%n crachá enviado para %1.</numerusform>
            <numerusform>%n crachás enviados para %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n badge(s) not printed:</source>
        <translation>
            <numerusform>%n crachá não impresso:</numerusform>
            <numerusform>%n crachás não impressos:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rest was cancelled.</source>
        <translation>O restante foi cancelado.</translation>
    </message>
</context>
<context>
    <name>BadgesPage</name>
    <message>
        <location filename="../../ui/pages/badges.py" line="+80"/>
        <source>Search name, code, delegation…</source>
        <translation>Buscar nome, código, delegação…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printed or not</source>
        <translation>Impresso ou não</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not printed</source>
        <translation>Não impresso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed</source>
        <translation>Impresso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A6 portrait</source>
        <translation>A6 retrato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CR80 card</source>
        <translation>Cartão CR80</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4×3 inch label</source>
        <translation>Etiqueta 4×3 pol.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 sheet of four</source>
        <translation>Folha A4 com quatro</translation>
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
        <translation>Salvar como PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprint…</source>
        <translation>Reimprimir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-in…</source>
        <translation>Inscrição no local…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>All delegations</source>
        <translation>Todas as delegações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All categories</source>
        <translation>Todas as categorias</translation>
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
            <numerusform>%n impresso</numerusform>
            <numerusform>%n impressos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Badge version %1, not printed yet.</source>
        <translation>Crachá versão %1, ainda não impresso.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Badge version %1; printed %2 time(s), last %3 at %4 (version %5).</source>
        <translation>Crachá versão %1; impresso %2 vez(es), a última em %3 no balcão %4 (versão %5).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Already printed</source>
        <translation>Já impressos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of these badges were already printed. Print the same badge again? For a lost badge use Reprint…, so the old one stops admitting.</source>
        <translation>%1 destes crachás já foram impressos. Imprimir o mesmo crachá de novo? Para um crachá perdido use Reimprimir…, para que o antigo deixe de dar acesso.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Selected participants (%1)</source>
        <translation>Participantes selecionados (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everyone listed (%1)</source>
        <translation>Todos da lista (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delegation: %1</source>
        <translation>Delegação: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Category: %1</source>
        <translation>Categoria: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing to print</source>
        <translation>Nada para imprimir</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>This badge was already printed %1 time(s). The new badge gets a new QR code and the old one will no longer admit. Reason for the reprint:</source>
        <translation>Este crachá já foi impresso %1 vez(es). O novo crachá recebe um novo código QR e o antigo deixará de dar acesso. Motivo da reimpressão:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This badge has not been printed yet; a reprint still makes a new version. Reason for the reprint:</source>
        <translation>Este crachá ainda não foi impresso; mesmo assim a reimpressão cria uma nova versão. Motivo da reimpressão:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>Reprint badge</source>
        <translation>Reimprimir crachá</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>A reason is required.</source>
        <translation>Informe um motivo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reprint cancelled: nothing was printed and the old badge still admits.</source>
        <translation>Reimpressão cancelada: nada foi impresso e o crachá antigo continua válido.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../ui/widgets/charts.py" line="+67"/>
        <source>No data yet</source>
        <extracomment>Length of the piece of line drawn before the arrived-so-far count, as its legend.</extracomment>
        <translation>Ainda sem dados</translation>
    </message>
</context>
<context>
    <name>CameraScanDialog</name>
    <message>
        <location filename="../../ui/dialogs/camera_scan.py" line="+37"/>
        <source>Scan with the camera</source>
        <translation>Ler com a câmera</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hold the badge&apos;s QR code in front of the camera.</source>
        <translation>Mostre o código QR do crachá para a câmera.</translation>
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
        <translation>Saída</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo last</source>
        <translation>Desfazer último</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Override…</source>
        <translation>Liberar…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Scan a badge, or type a name or registration code</source>
        <translation>Leia um crachá ou digite um nome ou código de inscrição</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Camera</source>
        <translation>Câmera</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A badge was scanned while a dialog was open.</source>
        <translation>Um crachá foi lido enquanto uma janela estava aberta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check it in</source>
        <translation>Registrar entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Cannot check in</source>
        <translation>Não foi possível fazer o check-in</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Undo takes back the admission shown here; the last result was not one.</source>
        <translation>Desfazer cancela a entrada mostrada aqui; o último resultado não foi uma entrada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot undo</source>
        <translation>Não foi possível desfazer</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+12"/>
        <source>Nothing to undo</source>
        <translation>Nada para desfazer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown person</source>
        <translation>Pessoa desconhecida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>↶ Check-in undone</source>
        <translation>↶ Check-in desfeito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: the check-in at {1} no longer counts.</source>
        <translation>{0}: o check-in das {1} não conta mais.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>this person</source>
        <translation>esta pessoa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This desk today: {0}   Zone today: {1}   Inside now: {2}</source>
        <translation>Hoje: balcão {0} · zona {1}   Dentro: {2}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No camera available</source>
        <translation>Nenhuma câmera disponível</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="+82"/>
        <source>Arrivals</source>
        <translation>Chegadas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole event</source>
        <translation>Evento inteiro</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export check-ins…</source>
        <translation>Exportar check-ins…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export attendance…</source>
        <translation>Exportar presença…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End-of-day report…</source>
        <translation>Relatório do dia…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+24"/>
        <location line="+7"/>
        <source>Registered</source>
        <translation>Inscritos</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+23"/>
        <location line="+6"/>
        <source>Arrived</source>
        <translation>Chegaram</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Inside now</source>
        <translation>Dentro agora</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+135"/>
        <source>Rejections today</source>
        <translation>Recusas hoje</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Arrivals by category (arrived / registered)</source>
        <translation>Chegadas por categoria (chegaram / inscritos)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Arrivals over time (per 15 minutes)</source>
        <translation>Chegadas ao longo do tempo (a cada 15 minutos)</translation>
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
        <translation>Delegação</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>By country</source>
        <translation>Por país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By delegation</source>
        <translation>Por delegação</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Heads of delegation and VIPs not arrived</source>
        <translation>Chefes de delegação e VIPs que não chegaram</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Could not compute the numbers: %1</source>
        <translation>Não foi possível calcular os números: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Numbers as of %1; the last refresh failed: %2</source>
        <translation>Números de %1; a última atualização falhou: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 not arrived</source>
        <translation>%1 não chegaram</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rejections</source>
        <translation>Recusas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Updated %1</source>
        <translation>Atualizado às %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown code</source>
        <translation>Código desconhecido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreadable scan</source>
        <translation>Leitura ilegível</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Truncated QR</source>
        <translation>QR incompleto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oversized scan</source>
        <translation>Leitura longa demais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a ForumDesk badge</source>
        <translation>Não é crachá do ForumDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forged badge</source>
        <translation>Crachá falsificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Altered badge</source>
        <translation>Crachá alterado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown desk key</source>
        <translation>Chave de balcão desconhecida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked desk key</source>
        <translation>Chave de balcão revogada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another event&apos;s badge</source>
        <translation>Crachá de outro evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old badge version</source>
        <translation>Versão antiga do crachá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration cancelled</source>
        <translation>Inscrição cancelada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zone not allowed</source>
        <translation>Zona não permitida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not valid today</source>
        <translation>Não válido hoje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No re-entry</source>
        <translation>Sem reentrada</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Heads of delegation and VIPs not arrived: %1</source>
        <translation>Chefes de delegação e VIPs que não chegaram: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every head of delegation and VIP has arrived</source>
        <translation>Todos os chefes de delegação e VIPs chegaram</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Export check-ins</source>
        <translation>Exportar check-ins</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export attendance</source>
        <translation>Exportar presença</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Pasta de trabalho do Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
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
            <numerusform>%n linha gravada em %1</numerusform>
            <numerusform>%n linhas gravadas em %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>End-of-day report</source>
        <translation>Relatório do dia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing the report…</source>
        <translation>Gerando o relatório…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report written to %1</source>
        <translation>Relatório gravado em %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not written</source>
        <translation>Não gravado</translation>
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
        <translation>Organização</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/widgets/participant_detail.py" line="+1"/>
        <source>Delegation</source>
        <translation>Delegação</translation>
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
        <translation>Situação</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <location filename="../../ui/widgets/participant_detail.py" line="+1"/>
        <source>Badge version</source>
        <translation>Versão do crachá</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/participant_detail.py" line="+1"/>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_edit.py" line="-2"/>
        <location filename="../../ui/widgets/participant_detail.py" line="+1"/>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/participant_detail.py" line="+42"/>
        <source>No one selected</source>
        <translation>Ninguém selecionado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> (category default)</source>
        <translation> (padrão da categoria)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>registered</source>
        <translation>inscrito</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no photo</source>
        <translation>sem foto</translation>
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
        <translation>Nome (escrita própria)</translation>
    </message>
    <message>
        <location line="-138"/>
        <location line="+139"/>
        <source>Family name (own script)</source>
        <translation>Sobrenome (escrita própria)</translation>
    </message>
    <message>
        <location line="-138"/>
        <location line="+139"/>
        <source>Given name (Latin)</source>
        <translation>Nome (latim)</translation>
    </message>
    <message>
        <location line="-138"/>
        <location line="+139"/>
        <source>Family name (Latin)</source>
        <translation>Sobrenome (latim)</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Title or position</source>
        <translation>Título ou cargo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country (code or English name)</source>
        <translation>País (código ou nome em inglês)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+144"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="-143"/>
        <location line="+144"/>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Languages (separated by ;)</source>
        <translation>Idiomas (separados por ;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zones (separated by ;, empty = category default)</source>
        <translation>Zonas (separadas por ;, vazio = padrão da categoria)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delegation</source>
        <translation>Delegação</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+126"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>A name is required.</source>
        <translation>Informe um nome.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a delegation is required</source>
        <translation>a delegação é obrigatória</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown category</source>
        <translation>categoria desconhecida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved: {0}</source>
        <translation>Não salvo: {0}</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>unknown country</source>
        <translation>país desconhecido</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../ui/pages/sync.py" line="+53"/>
        <source>Connect this desk to a server</source>
        <translation>Vincular este balcão a um servidor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Server address</source>
        <translation>Endereço do servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-time code</source>
        <translation>Código de uso único</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk name</source>
        <translation>Nome do balcão</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enroll</source>
        <translation>Vincular</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enter the server address (https://…) and the code from the administrator.</source>
        <translation>Digite o endereço do servidor (https://…) e o código recebido do administrador.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enrolling…</source>
        <translation>Vinculando…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enrollment failed: {0}</source>
        <translation>Falha ao vincular: {0}</translation>
    </message>
</context>
<context>
    <name>ErrorWords</name>
    <message>
        <location filename="../../ui/errors.py" line="+155"/>
        <source>The forum database cannot be read or written (damaged, locked or not a database).</source>
        <translation>Não é possível ler ou gravar o banco de dados do fórum (danificado, bloqueado ou não é um banco de dados).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} is a folder, not a file.</source>
        <translation>{0} é uma pasta, não um arquivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permission denied: {0}</source>
        <translation>Permissão negada: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File not found: {0}</source>
        <translation>Arquivo não encontrado: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong: {0}. The details are in the log file.</source>
        <translation>Algo deu errado: {0}. Os detalhes estão no arquivo de log.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong; the details are in the log file.</source>
        <translation>Algo deu errado; os detalhes estão no arquivo de log.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This did not work: {message}</source>
        <translation>Não deu certo: {message}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems in the file: {problems}. Nothing was imported.</source>
        <translation>Problemas no arquivo: {problems}. Nada foi importado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This cannot be changed here: {message}</source>
        <translation>Isto não pode ser alterado aqui: {message}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This database holds no event yet: import participants, or connect the desk to a server.</source>
        <translation>Este banco de dados ainda não tem evento: importe participantes ou vincule o balcão a um servidor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrong PIN.</source>
        <translation>PIN incorreto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code could not be read. Please scan again.</source>
        <translation>Não foi possível ler o código. Leia novamente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only part of the code was read. Please scan again.</source>
        <translation>Só parte do código foi lida. Leia novamente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code is too long to be a badge. Please scan again.</source>
        <translation>O código é longo demais para um crachá. Leia novamente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a badge of this forum.</source>
        <translation>Este não é um crachá deste fórum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This badge has been altered. Call a supervisor.</source>
        <translation>Este crachá foi alterado. Chame um supervisor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This booking is not possible: {message}</source>
        <translation>Este agendamento não é possível: {message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{delegation} already has a meeting with {partners} at this time.</source>
        <translation>{delegation} já tem uma reunião com {partners} neste horário.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{table} is already taken at this time by {delegations}.</source>
        <translation>{table} já está ocupada neste horário por {delegations}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{interpreter} is already interpreting for {delegations} at this time.</source>
        <translation>{interpreter} já está interpretando para {delegations} neste horário.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{interpreter} does not speak {languages}.</source>
        <translation>{interpreter} não fala {languages}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No interpreter for {languages} is free at this time: choose another slot, or book with their own interpreter.</source>
        <translation>Nenhum intérprete de {languages} está livre neste horário: escolha outro horário ou agende com o intérprete próprio das delegações.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A meeting needs two different delegations.</source>
        <translation>Uma reunião precisa de duas delegações diferentes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This meeting is {status}; book the request again instead.</source>
        <translation>Esta reunião está {status}; em vez disso, agende a solicitação de novo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This request is already {status}.</source>
        <translation>Esta solicitação já está {status}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That status is not possible here.</source>
        <translation>Essa situação não é possível aqui.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That purpose is not possible here.</source>
        <translation>Essa finalidade não é possível aqui.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That slot no longer exists.</source>
        <translation>Esse horário não existe mais.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That table no longer exists.</source>
        <translation>Essa mesa não existe mais.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That interpreter no longer exists.</source>
        <translation>Esse intérprete não existe mais.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This change would break booked meetings: {message}</source>
        <translation>Esta alteração afetaria reuniões agendadas: {message}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This day already has a slot from {0} to {1}; these slots would overlap it.</source>
        <translation>Este dia já tem um horário das {0} às {1}; estes horários se sobreporiam a ele.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meetings use this day&apos;s slots; move or cancel them before removing the day.</source>
        <translation>Há reuniões nos horários deste dia; mova-as ou cancele-as antes de remover o dia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync failed: {message}</source>
        <translation>A sincronização falhou: {message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not answer. Check the address and the network.</source>
        <translation>O servidor não responde. Verifique o endereço e a rede.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server no longer accepts this desk: enroll again.</source>
        <translation>O servidor não aceita mais este balcão: vincule-o novamente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused this: {message}</source>
        <translation>O servidor recusou: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This desk is not connected to a server yet.</source>
        <translation>Este balcão ainda não está vinculado a um servidor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the code: it is unknown, used or expired.</source>
        <translation>O servidor recusou o código: ele é desconhecido, já foi usado ou expirou.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This desk&apos;s database holds another event with data. Use a new, empty database to enroll.</source>
        <translation>O banco de dados deste balcão contém outro evento com dados. Use um banco de dados novo e vazio para vincular.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file name must end in .csv or .xlsx.</source>
        <translation>O nome do arquivo deve terminar em .csv ou .xlsx.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many rows for one spreadsheet: export them as CSV instead.</source>
        <translation>Linhas demais para uma planilha: exporte-as como CSV.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No participants to print badges for.</source>
        <translation>Não há participantes para imprimir crachás.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No participant has the code {0}.</source>
        <translation>Nenhum participante tem o código {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No delegation named {0}.</source>
        <translation>Não há delegação chamada {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No category named {0}.</source>
        <translation>Não há categoria chamada {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No table or room named {0}.</source>
        <translation>Não há mesa ou sala chamada {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No zone {0}.</source>
        <translation>Não há zona {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not found: it may have been removed meanwhile.</source>
        <translation>Não encontrado: pode ter sido removido nesse meio-tempo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A PIN has {0} to {1} characters, without spaces at the beginning or end.</source>
        <translation>Um PIN tem de {0} a {1} caracteres, sem espaços no início ou no fim.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reason is required.</source>
        <translation>Informe um motivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A name is required.</source>
        <translation>Informe um nome.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A delegation is required.</source>
        <translation>Informe uma delegação.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This country is not known: {0}</source>
        <translation>País desconhecido: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This category is not known: {0}</source>
        <translation>Categoria desconhecida: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no badge layout {0}.</source>
        <translation>Não existe o layout de crachá {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some of these values are not possible: {0}.</source>
        <translation>Alguns destes valores não são possíveis: {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The badge of {0} changed meanwhile; ask for the reprint again.</source>
        <translation>O crachá de {0} mudou nesse meio-tempo; peça a reimpressão de novo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a rejection can be overridden.</source>
        <translation>Só uma recusa pode ser liberada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not done: something changed meanwhile ({0}).</source>
        <translation>Não feito: algo mudou nesse meio-tempo ({0}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unavailable</source>
        <translation>indisponível</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{delegation} is not available at this time ({reason}).</source>
        <translation>{delegation} não está disponível neste horário ({reason}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> and </source>
        <translation> e </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{delegations} share no language: choose an interpreter for {languages}.</source>
        <translation>{delegations} não têm idioma em comum: escolha um intérprete para {languages}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0} has {1} meeting(s); move or cancel them before removing it.</source>
        <translation>{0} tem {1} reunião(ões); mova-as ou cancele-as antes de removê-la.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled meetings keep {0} in their history; rename it instead of removing it.</source>
        <translation>Reuniões canceladas mantêm {0} no histórico; renomeie em vez de remover.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} interprets at {1} meeting(s); give those meetings another interpreter first.</source>
        <translation>{0} interpreta em {1} reunião(ões); antes, designe outro intérprete para elas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled meetings keep {0} in their history.</source>
        <translation>Reuniões canceladas mantêm {0} no histórico.</translation>
    </message>
</context>
<context>
    <name>FailedJobsPanel</name>
    <message>
        <location filename="../../ui/widgets/print_jobs.py" line="+43"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badges</source>
        <translation>Crachás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer</source>
        <translation>Impressora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Retry</source>
        <translation>Tentar de novo</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n print job(s) failed</source>
        <translation>
            <numerusform>%n trabalho de impressão falhou</numerusform>
            <numerusform>%n trabalhos de impressão falharam</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/dialogs/participant_edit.py" line="+81"/>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked versions</source>
        <translation>Versões revogadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filled in</source>
        <translation>Preenchido a partir da duplicata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged from</source>
        <translation>Duplicata mesclada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged into</source>
        <translation>Mesclado em</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>When ({0})</source>
        <translation>Quando ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk</source>
        <translation>Balcão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+54"/>
        <source>registered</source>
        <translation>inscrito</translation>
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
        <translation>mesclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new badge version</source>
        <translation>nova versão do crachá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>badge printed</source>
        <translation>crachá impresso</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_report.py" line="+29"/>
        <source>Import report</source>
        <translation>Relatório de importação</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: {1} problem(s) found. Nothing was imported; correct the file and import it again.</source>
        <translation>{0}: {1} problema(s) encontrado(s). Nada foi importado; corrija o arquivo e importe-o novamente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: {1} new, {2} updated, {3} unchanged.</source>
        <translation>{0}: {1} novos, {2} atualizados, {3} sem alteração.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+12"/>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Coluna</translation>
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
        <translation>ForumDesk – autoatendimento de check-in</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Welcome!</source>
        <extracomment>Font sizes (pixels at 1280x800, bold); scaled to the screen in resizeEvent.</extracomment>
        <translation>Bem-vindo(a)!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please scan your badge</source>
        <translation>Leia o seu crachá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the QR code under the scanner</source>
        <translation>Aproxime o código QR do leitor</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Welcome, you are checked in</source>
        <translation>Bem-vindo(a), seu check-in foi feito</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enjoy the forum!</source>
        <translation>Aproveite o fórum!</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You are already checked in</source>
        <translation>Seu check-in já foi feito</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please go ahead.</source>
        <translation>Pode seguir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+87"/>
        <source>Please see the registration desk</source>
        <translation>Dirija-se ao balcão de credenciamento</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>We could not check you in here.</source>
        <translation>Não conseguimos fazer o seu check-in aqui.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Our staff will help you.</source>
        <translation>Nossa equipe vai ajudar você.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Your badge is printing…</source>
        <translation>Seu crachá está sendo impresso…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Please take your badge from the printer.</source>
        <translation>Retire o seu crachá na impressora.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No badge could be printed here, but the badge you scanned works at every entrance.</source>
        <translation>Não foi possível imprimir um crachá aqui, mas o crachá que você escaneou vale em todas as entradas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please collect your badge at the registration desk.</source>
        <translation>Retire o seu crachá no balcão de credenciamento.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/actions.py" line="+23"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import participants…</source>
        <translation>&amp;Importar participantes…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Desk</source>
        <translation>&amp;Balcão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Desk &amp;name…</source>
        <translation>&amp;Nome do balcão…</translation>
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
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ForumDesk</source>
        <translation>&amp;Sobre o ForumDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kiosk mode</source>
        <translation>Modo &amp;quiosque</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language applies when ForumDesk starts again.</source>
        <translation>O novo idioma vale a partir da próxima vez que o ForumDesk for aberto.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Desk name</source>
        <translation>Nome do balcão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of this desk:</source>
        <translation>Nome deste balcão:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is working at this desk?</source>
        <translation>Quem está trabalhando neste balcão?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>About ForumDesk</source>
        <translation>Sobre o ForumDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;ForumDesk {0}&lt;/h3&gt;&lt;p&gt;Registration, badges, check-in and bilateral meetings for international forums.&lt;/p&gt;&lt;p&gt;Fonts: Noto (SIL Open Font License), Droid Sans Fallback (Apache 2.0).&lt;/p&gt;&lt;p&gt;Log files: {1}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ForumDesk {0}&lt;/h3&gt;&lt;p&gt;Inscrição, crachás, check-in e reuniões bilaterais para fóruns internacionais.&lt;/p&gt;&lt;p&gt;Fontes: Noto (SIL Open Font License), Droid Sans Fallback (Apache 2.0).&lt;/p&gt;&lt;p&gt;Arquivos de log: {1}&lt;/p&gt;</translation>
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
        <translation>Crachás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Reuniões</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Sincronização</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This page arrives with a coming version of ForumDesk.</source>
        <translation>Esta página chega em uma próxima versão do ForumDesk.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Event: {0}</source>
        <translation>Evento: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No event yet: import participants</source>
        <translation>Nenhum evento ainda: importe participantes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no operator</source>
        <translation>sem operador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desk: {0} · {1} · {2}</source>
        <translation>Balcão: {0} · {1} · {2}</translation>
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
        <translation>Provisória: ainda não confirmada pelo servidor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not yet sent to the server</source>
        <translation>Ainda não enviada ao servidor</translation>
    </message>
</context>
<context>
    <name>MeetingRequestDialog</name>
    <message>
        <location filename="../../ui/dialogs/meeting_request.py" line="+43"/>
        <source>New meeting request</source>
        <translation>Nova solicitação de reunião</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type part of the name…</source>
        <translation>Digite parte do nome…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 normal · 2 high · 3 essential</source>
        <translation>1 normal · 2 alta · 3 essencial</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Talks</source>
        <translation>Negociações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement signing</source>
        <translation>Assinatura de acordo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twinning</source>
        <translation>Irmanamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>language codes to interpret, e.g. ru; zh (optional)</source>
        <translation>códigos de idioma para interpretação, p. ex. ru; zh (opcional)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Requested by</source>
        <translation>Solicitada por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wants to meet</source>
        <translation>Quer se reunir com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purpose</source>
        <translation>Finalidade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language needs</source>
        <translation>Idiomas necessários</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File request</source>
        <translation>Registrar solicitação</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{0} speaks {1}; {2} speaks {3}.</source>
        <translation>{0} fala {1}; {2} fala {3}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>They share {0}.</source>
        <translation>Em comum: {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They need an interpreter.</source>
        <translation>Precisam de um intérprete.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose both delegations from the list.</source>
        <translation>Escolha as duas delegações na lista.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A delegation cannot ask to meet itself.</source>
        <translation>Uma delegação não pode pedir reunião consigo mesma.</translation>
    </message>
</context>
<context>
    <name>MeetingSetupDialog</name>
    <message>
        <location filename="../../ui/dialogs/meeting_setup.py" line="+77"/>
        <source>Meeting setup</source>
        <translation>Configuração das reuniões</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting days</source>
        <translation>Dias de reuniões</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tables and rooms</source>
        <translation>Mesas e salas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreters</source>
        <translation>Intérpretes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unavailable times</source>
        <translation>Horários indisponíveis</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+74"/>
        <location line="+25"/>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Slots</source>
        <translation>Horários</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+75"/>
        <location line="+25"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="-100"/>
        <location line="+76"/>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <location line="-70"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 13:00-14:00; 16:00-16:15</source>
        <translation>p. ex. 13:00-14:00; 16:00-16:15</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add day</source>
        <translation>Adicionar dia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove day</source>
        <translation>Remover dia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First slot at</source>
        <translation>Primeiro horário às</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slot length</source>
        <translation>Duração do horário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of slots</source>
        <translation>Número de horários</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks</source>
        <translation>Intervalos</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+14"/>
        <location line="+10"/>
        <location line="+11"/>
        <source>Name</source>
        <translation>Nome</translation>
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
        <translation>Lugares</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Table 25 or Room B</source>
        <translation>p. ex. Mesa 25 ou Sala B</translation>
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
        <translation>Adicionar</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+21"/>
        <source>Save changes</source>
        <translation>Salvar alterações</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+21"/>
        <location line="+35"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Seats</source>
        <translation>Lugares</translation>
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
        <translation>códigos, p. ex. ru; zh; en</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+25"/>
        <source>Delegation</source>
        <translation>Delegação</translation>
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
        <translation>Digite parte do nome…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. plenary speech</source>
        <translation>p. ex. discurso na plenária</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Write breaks as from-to times, e.g. 13:00-14:00; 16:00-16:15.</source>
        <translation>Escreva os intervalos como horários de-até, p. ex. 13:00-14:00; 16:00-16:15.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} slots added on {1}.</source>
        <translation>{0} horários adicionados em {1}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} removed.</source>
        <translation>Dia {0} removido.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>{0} is unavailable from {1} to {2}.</source>
        <translation>{0} está indisponível das {1} às {2}.</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Choose a day in the list first.</source>
        <translation>Primeiro escolha um dia na lista.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Give the table or room a name.</source>
        <translation>Dê um nome à mesa ou sala.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+46"/>
        <source>{0} added.</source>
        <translation>{0} adicionado(a).</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+16"/>
        <source>Choose a table in the list first.</source>
        <translation>Primeiro escolha uma mesa na lista.</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+44"/>
        <source>{0} saved.</source>
        <translation>{0} salvo(a).</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Table removed.</source>
        <translation>Mesa removida.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+14"/>
        <source>An interpreter needs a name and language codes.</source>
        <translation>Um intérprete precisa de um nome e de códigos de idioma.</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+14"/>
        <source>Choose an interpreter in the list first.</source>
        <translation>Primeiro escolha um intérprete na lista.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interpreter removed.</source>
        <translation>Intérprete removido.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a delegation from the list.</source>
        <translation>Escolha uma delegação na lista.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a meeting day first.</source>
        <translation>Primeiro adicione um dia de reuniões.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The unavailable time must end after it starts.</source>
        <translation>O horário indisponível precisa terminar depois de começar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose an unavailable time in the list first.</source>
        <translation>Primeiro escolha um horário indisponível na lista.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unavailable time removed.</source>
        <translation>Horário indisponível removido.</translation>
    </message>
</context>
<context>
    <name>MeetingWords</name>
    <message>
        <location filename="../../ui/meeting_words.py" line="+21"/>
        <source>Talks</source>
        <translation>Negociações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement signing</source>
        <translation>Assinatura de acordo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twinning</source>
        <translation>Irmanamento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Booked</source>
        <translation>Agendada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>Não compareceu</translation>
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
        <translation>nenhum intérprete para {languages}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delegation unavailable ({delegation})</source>
        <translation>delegação indisponível ({delegation})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no common free slot for {a} and {b}</source>
        <translation>nenhum horário livre em comum para {a} e {b}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every table is taken when both are free</source>
        <translation>todas as mesas estão ocupadas quando ambas estão livres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the interpreters for {languages} are busy when both are free</source>
        <translation>os intérpretes de {languages} estão ocupados quando ambas estão livres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{a} and {b} already have a meeting</source>
        <translation>{a} e {b} já têm uma reunião</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>asked twice; one meeting is planned</source>
        <translation>pedida duas vezes; uma reunião está planejada</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../ui/pages/meetings.py" line="+68"/>
        <source>Interpreter for the booking</source>
        <translation>Intérprete para o agendamento</translation>
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
        <translation>Dias de reuniões, mesas e salas, intérpretes, horários indisponíveis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New request…</source>
        <translation>Nova solicitação…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to…</source>
        <translation>Mover para…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a meeting, press Move to…, then click a free cell (or drag it there)</source>
        <translation>Escolha uma reunião, clique em Mover para… e depois clique em uma célula livre (ou arraste até ela)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Swap</source>
        <translation>Trocar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select two meetings (Ctrl+click) and swap them</source>
        <translation>Selecione duas reuniões (Ctrl+clique) e troque-as</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Book here</source>
        <translation>Agendar aqui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel meeting</source>
        <translation>Cancelar reunião</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule automatically</source>
        <translation>Agendar automaticamente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agenda PDF…</source>
        <translation>Agenda em PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day:</source>
        <translation>Dia:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Agenda of:</source>
        <translation>Agenda de:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Legend:</source>
        <translation>Legenda:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} dashed, italic: provisional, not yet confirmed by the server</source>
        <translation>{0} tracejado, itálico: provisório, ainda não confirmado pelo servidor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>bold: confirmed</source>
        <translation>negrito: confirmada</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>automatic</source>
        <translation>automático</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none: they bring their own</source>
        <translation>nenhum: trazem o próprio</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose a request and a free cell first.</source>
        <translation>Primeiro escolha uma solicitação e uma célula livre.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Booked (provisional until the server confirms).</source>
        <translation>Agendada (provisória até o servidor confirmar).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Meeting cancelled; its request is open again.</source>
        <translation>Reunião cancelada; sua solicitação está aberta de novo.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not moved: </source>
        <translation>Não movida: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Moved (provisional until the server confirms).</source>
        <translation>Movida (provisória até o servidor confirmar).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the meeting to move first.</source>
        <translation>Primeiro escolha a reunião a mover.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Now click the free cell to move the meeting to (press Move to… again to stop).</source>
        <translation>Agora clique na célula livre para onde mover a reunião (clique em Mover para… de novo para parar).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select exactly two meetings to swap (Ctrl+click).</source>
        <translation>Selecione exatamente duas reuniões para trocar (Ctrl+clique).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not swapped: </source>
        <translation>Não trocadas: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Swapped (provisional until the server confirms).</source>
        <translation>Trocadas (provisórias até o servidor confirmar).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Request filed.</source>
        <translation>Solicitação registrada.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save agenda</source>
        <translation>Salvar agenda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Agenda of {0} with {1} meetings saved.</source>
        <translation>Agenda de {0} com {1} reuniões salva.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ui/dialogs/supervisor.py" line="+134"/>
        <source>Supervisor override</source>
        <translation>Liberação pelo supervisor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why is this person admitted?</source>
        <translation>Por que esta pessoa está sendo liberada?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Admit {0} despite the rejection.</source>
        <translation>Liberar {0} apesar da recusa.</translation>
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
        <translation>Liberar</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Wrong PIN.</source>
        <translation>PIN incorreto.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Override refused: {0}</source>
        <translation>Liberação recusada: {0}</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Please give a reason.</source>
        <translation>Informe um motivo.</translation>
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
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (Latin)</source>
        <translation>Nome (latim)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>Delegação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>registered</source>
        <translation>inscrito</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../ui/pages/participants.py" line="+55"/>
        <source>Filter by name in any script, code, delegation…</source>
        <translation>Filtrar por nome em qualquer escrita, código, delegação…</translation>
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
        <translation>Mesclar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History…</source>
        <translation>Histórico…</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>All delegations</source>
        <translation>Todas as delegações</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All countries</source>
        <translation>Todos os países</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All categories</source>
        <translation>Todas as categorias</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n participant(s) shown</source>
        <translation>
            <numerusform>%n participante exibido</numerusform>
            <numerusform>%n participantes exibidos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not load participants: {0}</source>
        <translation>Não foi possível carregar os participantes: {0}</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Reinstate</source>
        <translation>Restabelecer</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancel the registration of {0}? Their badge will be refused at check-in.
Reason:</source>
        <translation>Cancelar a inscrição de {0}? O crachá será recusado no check-in.
Motivo:</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+14"/>
        <location line="+6"/>
        <source>Merge participants</source>
        <translation>Mesclar participantes</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Registration code of the duplicate to merge into {0}:</source>
        <translation>Código de inscrição da duplicata a mesclar em {0}:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No other participant has the code {0}.</source>
        <translation>Nenhum outro participante tem o código {0}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Merge {0} ({1}) into {2} ({3})? The duplicate is cancelled; empty fields are filled from it.</source>
        <translation>Mesclar {0} ({1}) em {2} ({3})? A duplicata é cancelada; os campos vazios são preenchidos com os dados dela.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Import participants</source>
        <translation>Importar participantes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participant lists (*.csv *.xlsx);;All files (*)</source>
        <translation>Listas de participantes (*.csv *.xlsx);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Importing {0}…</source>
        <translation>Importando {0}…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing was imported.</source>
        <translation>Nada foi importado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be imported: {0}</source>
        <translation>Não foi possível importar o arquivo: {0}</translation>
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
        <translation>PIN do supervisor para sair do quiosque:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Wrong PIN.</source>
        <translation>PIN incorreto.</translation>
    </message>
</context>
<context>
    <name>PrintJobs</name>
    <message>
        <location filename="../../ui/errors.py" line="-297"/>
        <source>There is no printer “%1” on this computer.</source>
        <translation>Não há impressora “%1” neste computador.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No printer chosen, and this computer has no default printer.</source>
        <translation>Nenhuma impressora escolhida, e este computador não tem impressora padrão.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The printer “%1” is not accepting jobs.</source>
        <translation>A impressora “%1” não está aceitando trabalhos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The printer “%1” is paused.</source>
        <translation>A impressora “%1” está pausada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer “%1” refused the job.</source>
        <translation>A impressora “%1” recusou o trabalho.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The print system of this computer is not running.</source>
        <translation>O sistema de impressão deste computador não está em execução.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent: the printer “%1” had a problem with an earlier job.</source>
        <translation>Não enviado: a impressora “%1” teve um problema com um trabalho anterior.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The printer “%1” failed to print the job.</source>
        <translation>A impressora “%1” não conseguiu imprimir o trabalho.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Printers: %1</source>
        <translation>Impressoras: %1</translation>
    </message>
</context>
<context>
    <name>PrinterDialog</name>
    <message>
        <location filename="../../ui/dialogs/printer_choice.py" line="+35"/>
        <source>Print badges</source>
        <translation>Imprimir crachás</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 × %2 mm, full page, 100 %</source>
        <translation>%1 × %2 mm, página inteira, 100 %</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Printer</source>
        <translation>Impressora</translation>
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
        <translation>não aceita trabalhos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused</source>
        <translation>pausada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>printing</source>
        <translation>imprimindo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready</source>
        <translation>pronta</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The printer “%1” chosen before is not on this computer.</source>
        <translation>A impressora “%1” escolhida antes não está neste computador.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No printers are installed on this computer.</source>
        <translation>Nenhuma impressora está instalada neste computador.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Printer&apos;s default</source>
        <translation>Padrão da impressora</translation>
    </message>
</context>
<context>
    <name>RequestList</name>
    <message>
        <location filename="../../ui/widgets/meeting_requests.py" line="+36"/>
        <source>Filter requests by delegation…</source>
        <translation>Filtrar solicitações por delegação…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open requests</source>
        <translation>Solicitações abertas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All requests</source>
        <translation>Todas as solicitações</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requested by</source>
        <translation>Solicitada por</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With</source>
        <translation>Com</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purpose</source>
        <translation>Finalidade</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Needs an interpreter for {0}</source>
        <translation>Precisa de intérprete para {0}</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../../ui/widgets/result_panel.py" line="+174"/>
        <source>Ready: scan a badge</source>
        <extracomment>Background and text colour of each state (amber takes dark text for contrast). Text size of the badge-printing line, and the share of the panel&apos;s width it may take. Looks of the badge-printing line: on the panel&apos;s colour, or a white card for a problem. The panel shows something else (a decision, a message, idle): lines that belong to what it showed before (the badge printing on arrival) are set again. Times of earlier check-ins are shown in the event&apos;s time zone.</extracomment>
        <translation>Pronto: leia um crachá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or type a name or registration code.</source>
        <translation>Ou digite um nome ou código de inscrição.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Genuine badge</source>
        <translation>Crachá autêntico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details arrive with the next sync</source>
        <translation>Os dados chegam com a próxima sincronização</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>✔ Checked out</source>
        <translation>✔ Saída registrada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✔ Welcome in</source>
        <translation>✔ Bem-vindo(a)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● Already checked in</source>
        <translation>● Check-in já feito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✖ Not admitted</source>
        <translation>✖ Acesso negado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Genuine badge. Details arrive with the next sync.</source>
        <translation>Crachá autêntico. Os dados chegam com a próxima sincronização.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admitted by a supervisor override.</source>
        <translation>Liberado pelo supervisor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked out (had not been checked in here).</source>
        <translation>Saída registrada (não havia entrada registrada aqui).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already in since {0} at {1}. Re-entry is allowed.</source>
        <translation>Dentro desde {0} no balcão {1}. A reentrada é permitida.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already inside since {0} at {1}. No re-entry here without a supervisor.</source>
        <translation>Dentro desde {0} no balcão {1}. Sem reentrada aqui sem um supervisor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown code. Search by name instead.</source>
        <translation>Código desconhecido. Busque pelo nome.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forged badge: not issued by this forum. Call a supervisor.</source>
        <translation>Crachá falsificado: não foi emitido por este fórum. Chame um supervisor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badge printed at a desk not known here yet. Sync, or search by name.</source>
        <translation>Crachá impresso em um balcão ainda desconhecido aqui. Sincronize ou busque pelo nome.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badge signed with a withdrawn desk key. Call a supervisor.</source>
        <translation>Crachá assinado com uma chave de balcão revogada. Chame um supervisor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge of another event.</source>
        <translation>Crachá de outro evento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old badge: a newer one was printed. Ask for the current badge.</source>
        <translation>Crachá antigo: um mais novo foi impresso. Peça o crachá atual.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration cancelled.</source>
        <translation>Inscrição cancelada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not allowed in this zone.</source>
        <translation>Sem acesso a esta zona.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This badge is not valid today.</source>
        <translation>Este crachá não é válido hoje.</translation>
    </message>
</context>
<context>
    <name>ScheduleFlow</name>
    <message>
        <location filename="../../ui/pages/meeting_schedule.py" line="+51"/>
        <location line="+23"/>
        <source>Scheduling meetings…</source>
        <translation>Agendando reuniões…</translation>
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
            <numerusform>%n reunião agendada.</numerusform>
            <numerusform>%n reuniões agendadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n request(s) could not be placed.</source>
        <translation>
            <numerusform>%n pedido não pôde ser agendado.</numerusform>
            <numerusform>%n pedidos não puderam ser agendados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority weight {0} of at most {1} ({2:.1f} %).</source>
        <translation>Peso de prioridade {0} de no máximo {1} ({2:.1f} %).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>… and {0} more.</source>
        <translation>… e mais {0}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scheduling cancelled; nothing was booked.</source>
        <translation>Agendamento cancelado; nada foi agendado.</translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <location filename="../../ui/dialogs/supervisor.py" line="-99"/>
        <source>Change the supervisor PIN</source>
        <translation>Alterar o PIN do supervisor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Supervisor PIN</source>
        <translation>PIN do supervisor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A supervisor types this PIN to admit someone a rejection turned away and to leave the kiosk. There is no default PIN: choose one of {0} to {1} characters and keep it from the desk staff.</source>
        <translation>O supervisor digita este PIN para liberar alguém que foi recusado e para sair do modo quiosque. Não há PIN padrão: escolha um de {0} a {1} caracteres e não o revele à equipe do balcão.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Current PIN</source>
        <translation>PIN atual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New PIN</source>
        <translation>Novo PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New PIN again</source>
        <translation>Repita o novo PIN</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Later</source>
        <translation>Depois</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The two new PINs differ.</source>
        <translation>Os dois novos PINs são diferentes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The current PIN is wrong; nothing was changed.</source>
        <translation>O PIN atual está incorreto; nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="+48"/>
        <source>Desk settings</source>
        <translation>Configurações do balcão</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>chosen when printing</source>
        <translation>escolhida ao imprimir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play a sound for each scan result</source>
        <translation>Tocar um som para cada resultado de leitura</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not enrolled (see the Sync page)</source>
        <translation>não vinculado (veja a página Sincronização)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk name</source>
        <translation>Nome do balcão</translation>
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
        <translation>Layout do crachá</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+100"/>
        <source>Printer</source>
        <translation>Impressora</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Walk-in category</source>
        <translation>Categoria da inscrição no local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor PIN</source>
        <translation>PIN do supervisor</translation>
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
        <translation>não definido: liberações são recusadas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change…</source>
        <translation>Alterar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set…</source>
        <translation>Definir…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Print badge on arrival</source>
        <translation>Imprimir o crachá na chegada</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (not on this computer)</source>
        <translation>%1 (não está neste computador)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At a participant&apos;s first admission, if no badge of theirs was printed yet, the badge prints at once.</source>
        <translation>Na primeira entrada de um participante, se nenhum crachá dele foi impresso ainda, o crachá é impresso na hora.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Desk&apos;s badge layout (%1)</source>
        <translation>Layout de crachá do balcão (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chosen for this layout (%1)</source>
        <translation>A escolhida para este layout (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System default printer (%1)</source>
        <translation>Impressora padrão do sistema (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System default printer</source>
        <translation>Impressora padrão do sistema</translation>
    </message>
</context>
<context>
    <name>SupervisorPin</name>
    <message>
        <location filename="../../ui/errors.py" line="-55"/>
        <source>No supervisor PIN is set on this desk, so overrides are refused. Set one in Desk &gt; Settings &gt; Supervisor PIN…</source>
        <translation>Nenhum PIN do supervisor foi definido neste balcão, então as liberações são recusadas. Defina um em Balcão &gt; Configurações &gt; PIN do supervisor…</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/pages/sync.py" line="+23"/>
        <source>Sync now</source>
        <translation>Sincronizar agora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enroll…</source>
        <translation>Vincular…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Started</source>
        <translation>Início</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Enviadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Recebidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>Conflitos</translation>
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
        <translation>O quê</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suggested slot</source>
        <translation>Horário sugerido</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Move to suggested slot</source>
        <translation>Mover para o horário sugerido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changes from the server this desk cannot apply. Sync goes on without them; tell the administrator.</source>
        <translation>Alterações do servidor que esta mesa não consegue aplicar. A sincronização continua sem elas; avise o administrador.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent sync rounds</source>
        <translation>Sincronizações recentes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicts to resolve</source>
        <translation>Conflitos a resolver</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Received changes set aside</source>
        <translation>Alterações recebidas postas de lado</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Server: {0} (role: {1})</source>
        <translation>Servidor: {0} (função: {1})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This desk is not connected to a server yet.</source>
        <translation>Este balcão ainda não está vinculado a um servidor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Online</source>
        <translation>On-line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Off-line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Started ({0})</source>
        <translation>Início ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested slot ({0})</source>
        <translation>Horário sugerido ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When ({0})</source>
        <translation>Quando ({0})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>falhou</translation>
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
        <translation>Alteração {0}, posição no feed {1}, sobre {2}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Sync</source>
        <translation>Sincronização</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="+224"/>
        <source>Online</source>
        <translation>On-line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Off-line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected to a server</source>
        <translation>Não vinculado a um servidor</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n alteração na fila</numerusform>
            <numerusform>%n alterações na fila</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last sync {0}</source>
        <translation>última sincronização {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflito</numerusform>
            <numerusform>%n conflitos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeChart</name>
    <message>
        <location filename="../../ui/widgets/charts.py" line="+127"/>
        <source>No arrivals yet</source>
        <translation>Ainda sem chegadas</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>arrived so far: %1</source>
        <translation>chegaram até agora: %1</translation>
    </message>
</context>
<context>
    <name>TypedSearch</name>
    <message>
        <location filename="../../ui/pages/checkin_search.py" line="+110"/>
        <source>Nobody found for “{0}”.</source>
        <translation>Ninguém encontrado para “{0}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter checks in {0}.</source>
        <translation>Enter registra a entrada de {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More than {0} people match: type more of the name, or choose one with ↑ ↓ or the mouse.</source>
        <translation>Mais de {0} pessoas correspondem: digite mais do nome ou escolha uma com ↑ ↓ ou o mouse.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n people match: choose one with ↑ ↓ or the mouse, then press Enter.</source>
        <translation>
            <numerusform>%n pessoa corresponde: escolha com ↑ ↓ ou o mouse e pressione Enter.</numerusform>
            <numerusform>%n pessoas correspondem: escolha uma com ↑ ↓ ou o mouse e pressione Enter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../ui/dialogs/walk_in.py" line="+37"/>
        <source>Walk-in registration</source>
        <translation>Inscrição no local</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>transliterated when left empty</source>
        <translation>transliterado se ficar vazio</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ISO code or English name, e.g. RU, Brazil</source>
        <translation>Código ISO ou nome em inglês, p. ex. RU, Brazil</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Given name (own script)</source>
        <translation>Nome (escrita própria)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name (own script)</source>
        <translation>Sobrenome (escrita própria)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name (Latin)</source>
        <translation>Nome (latim)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name (Latin)</source>
        <translation>Sobrenome (latim)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>Delegação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title or position</source>
        <translation>Título ou cargo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Register and print badge</source>
        <translation>Inscrever e imprimir crachá</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Type the person&apos;s name.</source>
        <translation>Digite o nome da pessoa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose or type a delegation.</source>
        <translation>Escolha ou digite uma delegação.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the country.</source>
        <translation>Digite o país.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a category.</source>
        <translation>Escolha uma categoria.</translation>
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
        <translation>Não é possível abrir o banco de dados do fórum {0}:
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
        <translation>Algo deu errado, mas o balcão continua funcionando e nada do que foi registrado se perdeu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}

Details are in the log: {1}</source>
        <translation>{0}

Detalhes no registro: {1}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>ForumDesk did not close properly last time (started {0}).</source>
        <translation>O ForumDesk não foi fechado corretamente da última vez (iniciado em {0}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check-ins recorded before are safe. If this happens again, give the log to your IT contact: {0}</source>
        <translation>Os check-ins registrados antes estão seguros. Se isso acontecer de novo, entregue o registro ao seu contato de TI: {0}</translation>
    </message>
</context>
</TS>
