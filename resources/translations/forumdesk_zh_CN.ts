<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ArrivalPrinting</name>
    <message>
        <location filename="../../ui/arrival_printing.py" line="+211"/>
        <source>The badge could not be made (see the desk&apos;s log).</source>
        <extracomment>How long a badge&apos;s job is followed after the queue took it, in seconds; a job still in the queue then stays &quot;sent to PRINTER&quot;. Jobs followed at once; more wait their turn (the badges are in the queue already). checking (is it printed already?), printing, sent, printed or failed What went wrong, in the operator&apos;s words (state failed). The job is being followed in the queue (a failure may still come). The check-in that started it (or its latest retry): the panel shows this one&apos;s state while it shows that check-in. A badge&apos;s printing state changed (its registration code). By registration code: badges printing now, and those that failed.</extracomment>
        <translation>无法生成证件（详见本服务台的日志）。</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Badge printing…</source>
        <translation>正在打印证件…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badge sent to %1</source>
        <translation>证件已发送到 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badge printed</source>
        <translation>证件已打印</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Badge not printed: %1</source>
        <translation>证件未打印：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Earlier badges not printed: %1.</source>
        <translation>此前未打印的证件：%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press %1 to try again.</source>
        <translation>按 %1 重试。</translation>
    </message>
</context>
<context>
    <name>BadgeList</name>
    <message>
        <location filename="../../ui/widgets/badge_list.py" line="+34"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latin name</source>
        <translation>拉丁字母姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge</source>
        <translation>证件</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>v%1 not printed</source>
        <translation>第 %1 版未打印</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printed ×%1</source>
        <translation>已打印 ×%1</translation>
    </message>
</context>
<context>
    <name>BadgePdf</name>
    <message>
        <location filename="../../ui/badge_pdf.py" line="+36"/>
        <source>Save badges as PDF</source>
        <translation>将证件另存为 PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Writing %n badge(s)…</source>
        <translation>
            <numerusform>正在写入 %n 张证件…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n badge(s) saved to %1</source>
        <translation>
            <numerusform>已将 %n 张证件保存到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancelled; nothing was logged as printed.</source>
        <translation>已取消；没有任何记录被标为已打印。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badges not printed</source>
        <translation>证件未打印</translation>
    </message>
</context>
<context>
    <name>BadgePreview</name>
    <message>
        <location filename="../../ui/widgets/badge_preview.py" line="+33"/>
        <source>Choose a participant to see the badge</source>
        <translation>选择一名参会人员以查看证件</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No preview: %1</source>
        <translation>无法预览：%1</translation>
    </message>
</context>
<context>
    <name>BadgePrintFlow</name>
    <message numerus="yes">
        <location filename="../../ui/badge_printing.py" line="+103"/>
        <source>Sending %n badge(s) to the printer…</source>
        <translation>
            <numerusform>正在将 %n 张证件发送到打印机…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sent; waiting for the printer…</source>
        <translation>已发送；正在等待打印机…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancelled; nothing was logged as printed.</source>
        <translation>已取消；没有任何记录被标为已打印。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Badges not printed</source>
        <translation>证件未打印</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n badge(s) sent to %1.</source>
        <translation>
            <numerusform>已将 %n 张证件发送到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n badge(s) not printed:</source>
        <translation>
            <numerusform>%n 张证件未打印：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rest was cancelled.</source>
        <translation>其余已取消。</translation>
    </message>
</context>
<context>
    <name>BadgesPage</name>
    <message>
        <location filename="../../ui/pages/badges.py" line="+80"/>
        <source>Search name, code, delegation…</source>
        <translation>搜索姓名、编号、代表团…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printed or not</source>
        <translation>是否已打印</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A6 portrait</source>
        <translation>A6 纵向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CR80 card</source>
        <translation>CR80 卡片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4×3 inch label</source>
        <translation>4×3 英寸标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 sheet of four</source>
        <translation>A4 纸（每张四个）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print batch</source>
        <translation>批量打印</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprint…</source>
        <translation>补打…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-in…</source>
        <translation>现场注册…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>All delegations</source>
        <translation>所有代表团</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All categories</source>
        <translation>所有类别</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n 名参会人员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n printed</source>
        <translation>
            <numerusform>已打印 %n 张</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Badge version %1, not printed yet.</source>
        <translation>证件第 %1 版，尚未打印。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Badge version %1; printed %2 time(s), last %3 at %4 (version %5).</source>
        <translation>证件第 %1 版；已打印 %2 次，最近一次于 %3 在签到台 %4（第 %5 版）。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Already printed</source>
        <translation>已打印过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of these badges were already printed. Print the same badge again? For a lost badge use Reprint…, so the old one stops admitting.</source>
        <translation>其中 %1 张证件已打印过。要再次打印相同的证件吗？如证件遗失，请使用“补打…”，使旧证件失效。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Selected participants (%1)</source>
        <translation>所选参会人员（%1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everyone listed (%1)</source>
        <translation>列表中全部人员（%1）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delegation: %1</source>
        <translation>代表团：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Category: %1</source>
        <translation>类别：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing to print</source>
        <translation>没有可打印的内容</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>This badge was already printed %1 time(s). The new badge gets a new QR code and the old one will no longer admit. Reason for the reprint:</source>
        <translation>此证件已打印 %1 次。新证件将使用新的二维码，旧证件将不再放行。补打原因：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This badge has not been printed yet; a reprint still makes a new version. Reason for the reprint:</source>
        <translation>此证件尚未打印；补打仍会生成新版本。补打原因：</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>Reprint badge</source>
        <translation>补打证件</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>A reason is required.</source>
        <translation>必须填写原因。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reprint cancelled: nothing was printed and the old badge still admits.</source>
        <translation>已取消补打：未打印任何内容，旧证件仍然有效。</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../ui/widgets/charts.py" line="+67"/>
        <source>No data yet</source>
        <extracomment>Length of the piece of line drawn before the arrived-so-far count, as its legend.</extracomment>
        <translation>暂无数据</translation>
    </message>
</context>
<context>
    <name>CameraScanDialog</name>
    <message>
        <location filename="../../ui/dialogs/camera_scan.py" line="+37"/>
        <source>Scan with the camera</source>
        <translation>用摄像头扫描</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hold the badge&apos;s QR code in front of the camera.</source>
        <translation>请将证件上的二维码对准摄像头。</translation>
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <location filename="../../ui/pages/checkin.py" line="+81"/>
        <source>In</source>
        <translation>入场</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out</source>
        <translation>离场</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo last</source>
        <translation>撤销上一次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Override…</source>
        <translation>特许放行…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Zone</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Scan a badge, or type a name or registration code</source>
        <translation>扫描证件，或输入姓名或注册编号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A badge was scanned while a dialog was open.</source>
        <translation>对话框打开时扫描了一张胸卡。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check it in</source>
        <translation>签到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Cannot check in</source>
        <translation>无法签到</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Undo takes back the admission shown here; the last result was not one.</source>
        <translation>撤销只会撤回此处显示的入场；上一个结果不是入场。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot undo</source>
        <translation>无法撤销</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+12"/>
        <source>Nothing to undo</source>
        <translation>没有可撤销的记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown person</source>
        <translation>身份不明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>↶ Check-in undone</source>
        <translation>↶ 已撤销签到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: the check-in at {1} no longer counts.</source>
        <translation>{0}：{1} 的签到不再计入。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>this person</source>
        <translation>此人</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This desk today: {0}   Zone today: {1}   Inside now: {2}</source>
        <translation>今日：本台 {0} · 本区域 {1}   在场：{2}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No camera available</source>
        <translation>没有可用的摄像头</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="+82"/>
        <source>Arrivals</source>
        <translation>到场情况</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole event</source>
        <translation>整个活动</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export check-ins…</source>
        <translation>导出签到记录…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export attendance…</source>
        <translation>导出出席情况…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End-of-day report…</source>
        <translation>当日报告…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+24"/>
        <location line="+7"/>
        <source>Registered</source>
        <translation>已注册</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+23"/>
        <location line="+6"/>
        <source>Arrived</source>
        <translation>已到场</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Inside now</source>
        <translation>当前在场</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+135"/>
        <source>Rejections today</source>
        <translation>今日拒绝</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Arrivals by category (arrived / registered)</source>
        <translation>按类别统计到场（已到场 / 已注册）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Arrivals over time (per 15 minutes)</source>
        <translation>到场时间分布（每 15 分钟）</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Country</source>
        <translation>国家</translation>
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
        <translation>代表团</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>By country</source>
        <translation>按国家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By delegation</source>
        <translation>按代表团</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Heads of delegation and VIPs not arrived</source>
        <translation>尚未到场的代表团团长和贵宾</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Could not compute the numbers: %1</source>
        <translation>无法计算数据：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Numbers as of %1; the last refresh failed: %2</source>
        <translation>数据截至 %1；上次刷新失败：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 not arrived</source>
        <translation>%1 人未到场</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rejections</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown code</source>
        <translation>未知编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreadable scan</source>
        <translation>无法识别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Truncated QR</source>
        <translation>二维码不完整</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oversized scan</source>
        <translation>扫描内容过长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a ForumDesk badge</source>
        <translation>不是 ForumDesk 证件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forged badge</source>
        <translation>伪造证件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Altered badge</source>
        <translation>被篡改的证件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown desk key</source>
        <translation>未知的签到台密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked desk key</source>
        <translation>已吊销的签到台密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another event&apos;s badge</source>
        <translation>其他活动的证件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old badge version</source>
        <translation>旧版证件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration cancelled</source>
        <translation>注册已取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zone not allowed</source>
        <translation>无权进入该区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not valid today</source>
        <translation>今日无效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No re-entry</source>
        <translation>不可再次入场</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Heads of delegation and VIPs not arrived: %1</source>
        <translation>尚未到场的代表团团长和贵宾：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every head of delegation and VIP has arrived</source>
        <translation>所有代表团团长和贵宾均已到场</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Export check-ins</source>
        <translation>导出签到记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export attendance</source>
        <translation>导出出席情况</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>已将 %n 行写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>End-of-day report</source>
        <translation>当日报告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not written</source>
        <translation>未写入</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../ui/dialogs/participant_edit.py" line="+192"/>
        <location filename="../../ui/widgets/participant_detail.py" line="+139"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/widgets/participant_detail.py" line="+1"/>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/widgets/participant_detail.py" line="+1"/>
        <source>Delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/widgets/participant_detail.py" line="+1"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/widgets/participant_detail.py" line="+1"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/widgets/participant_detail.py" line="+1"/>
        <source>Zones</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/widgets/participant_detail.py" line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <location filename="../../ui/widgets/participant_detail.py" line="+1"/>
        <source>Badge version</source>
        <translation>证件版本</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/participant_detail.py" line="+1"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_edit.py" line="-2"/>
        <location filename="../../ui/widgets/participant_detail.py" line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/participant_detail.py" line="+42"/>
        <source>No one selected</source>
        <translation>未选择任何人</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> (category default)</source>
        <translation>（类别默认）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>registered</source>
        <translation>已注册</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no photo</source>
        <translation>无照片</translation>
    </message>
</context>
<context>
    <name>EditParticipantDialog</name>
    <message>
        <location filename="../../ui/dialogs/participant_edit.py" line="-159"/>
        <source>Edit {0}</source>
        <translation>编辑 {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+139"/>
        <source>Given name (own script)</source>
        <extracomment>Change-log keys that are the software&apos;s bookkeeping, or shown in their own column.</extracomment>
        <translation>名（本国文字）</translation>
    </message>
    <message>
        <location line="-138"/>
        <location line="+139"/>
        <source>Family name (own script)</source>
        <translation>姓（本国文字）</translation>
    </message>
    <message>
        <location line="-138"/>
        <location line="+139"/>
        <source>Given name (Latin)</source>
        <translation>名（拉丁字母）</translation>
    </message>
    <message>
        <location line="-138"/>
        <location line="+139"/>
        <source>Family name (Latin)</source>
        <translation>姓（拉丁字母）</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Title or position</source>
        <translation>头衔或职务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country (code or English name)</source>
        <translation>国家（代码或英文名称）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+144"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="-143"/>
        <location line="+144"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Languages (separated by ;)</source>
        <translation>语言（以 ; 分隔）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zones (separated by ;, empty = category default)</source>
        <translation>区域（以 ; 分隔，留空 = 类别默认）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+126"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>A name is required.</source>
        <translation>必须填写姓名。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a delegation is required</source>
        <translation>必须填写代表团</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown category</source>
        <translation>未知类别</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved: {0}</source>
        <translation>未保存：{0}</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>unknown country</source>
        <translation>未知国家</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../ui/pages/sync.py" line="+53"/>
        <source>Connect this desk to a server</source>
        <translation>将本签到台接入服务器</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-time code</source>
        <translation>一次性代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk name</source>
        <translation>签到台名称</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enroll</source>
        <translation>接入</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enter the server address (https://…) and the code from the administrator.</source>
        <translation>请输入服务器地址（https://…）和管理员提供的代码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enrolling…</source>
        <translation>正在接入…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enrollment failed: {0}</source>
        <translation>接入失败：{0}</translation>
    </message>
</context>
<context>
    <name>ErrorWords</name>
    <message>
        <location filename="../../ui/errors.py" line="+155"/>
        <source>The forum database cannot be read or written (damaged, locked or not a database).</source>
        <translation>无法读写论坛数据库（数据库已损坏、被锁定或并非数据库）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} is a folder, not a file.</source>
        <translation>{0} 是文件夹，不是文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permission denied: {0}</source>
        <translation>没有权限：{0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File not found: {0}</source>
        <translation>找不到文件：{0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong: {0}. The details are in the log file.</source>
        <translation>出现错误：{0}。详情见日志文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong; the details are in the log file.</source>
        <translation>出现错误；详情见日志文件。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This did not work: {message}</source>
        <translation>操作未成功：{message}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems in the file: {problems}. Nothing was imported.</source>
        <translation>文件中有 {problems} 处问题。未导入任何内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This cannot be changed here: {message}</source>
        <translation>此处无法更改：{message}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This database holds no event yet: import participants, or connect the desk to a server.</source>
        <translation>该数据库中尚无活动：请导入参会人员，或将签到台接入服务器。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrong PIN.</source>
        <translation>PIN 码错误。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code could not be read. Please scan again.</source>
        <translation>无法读取该代码。请重新扫描。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only part of the code was read. Please scan again.</source>
        <translation>只读取到部分代码。请重新扫描。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code is too long to be a badge. Please scan again.</source>
        <translation>代码过长，不是证件。请重新扫描。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a badge of this forum.</source>
        <translation>这不是本论坛的证件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This badge has been altered. Call a supervisor.</source>
        <translation>此证件已被篡改。请呼叫主管。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This booking is not possible: {message}</source>
        <translation>无法进行此预订：{message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{delegation} already has a meeting with {partners} at this time.</source>
        <translation>{delegation} 在此时段已与 {partners} 有会见。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{table} is already taken at this time by {delegations}.</source>
        <translation>{table} 在此时段已被 {delegations} 占用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{interpreter} is already interpreting for {delegations} at this time.</source>
        <translation>{interpreter} 在此时段已在为 {delegations} 翻译。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{interpreter} does not speak {languages}.</source>
        <translation>{interpreter} 不会 {languages}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No interpreter for {languages} is free at this time: choose another slot, or book with their own interpreter.</source>
        <translation>此时段没有空闲的 {languages} 译员：请选择其他时段，或按代表团自带译员预订。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A meeting needs two different delegations.</source>
        <translation>会见需要两个不同的代表团。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This meeting is {status}; book the request again instead.</source>
        <translation>此会见状态为“{status}”；请重新预订该申请。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This request is already {status}.</source>
        <translation>此申请的状态已是“{status}”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That status is not possible here.</source>
        <translation>此处不能使用该状态。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That purpose is not possible here.</source>
        <translation>此处不能使用该目的。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That slot no longer exists.</source>
        <translation>该时段已不存在。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That table no longer exists.</source>
        <translation>该会谈桌已不存在。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That interpreter no longer exists.</source>
        <translation>该译员已不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This change would break booked meetings: {message}</source>
        <translation>此更改会影响已预订的会见：{message}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This day already has a slot from {0} to {1}; these slots would overlap it.</source>
        <translation>该日已有 {0} 至 {1} 的时段；这些时段会与之重叠。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meetings use this day&apos;s slots; move or cancel them before removing the day.</source>
        <translation>该日的时段已有会见；删除该日前请先改期或取消这些会见。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync failed: {message}</source>
        <translation>同步失败：{message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not answer. Check the address and the network.</source>
        <translation>服务器没有响应。请检查地址和网络。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server no longer accepts this desk: enroll again.</source>
        <translation>服务器不再接受本签到台：请重新接入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused this: {message}</source>
        <translation>服务器拒绝了此操作：{message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This desk is not connected to a server yet.</source>
        <translation>本签到台尚未接入服务器。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the code: it is unknown, used or expired.</source>
        <translation>服务器拒绝了该代码：代码未知、已使用或已过期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This desk&apos;s database holds another event with data. Use a new, empty database to enroll.</source>
        <translation>本签到台的数据库中已有其他活动的数据。请使用一个新的空数据库接入。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file name must end in .csv or .xlsx.</source>
        <translation>文件名必须以 .csv 或 .xlsx 结尾。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many rows for one spreadsheet: export them as CSV instead.</source>
        <translation>行数过多，一个电子表格放不下：请改为导出 CSV。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No participants to print badges for.</source>
        <translation>没有需要打印证件的参会人员。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No participant has the code {0}.</source>
        <translation>没有参会人员使用编号 {0}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No delegation named {0}.</source>
        <translation>没有名为 {0} 的代表团。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No category named {0}.</source>
        <translation>没有名为 {0} 的类别。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No table or room named {0}.</source>
        <translation>没有名为 {0} 的会谈桌或会议室。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No zone {0}.</source>
        <translation>没有区域 {0}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not found: it may have been removed meanwhile.</source>
        <translation>未找到：可能已被删除。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A PIN has {0} to {1} characters, without spaces at the beginning or end.</source>
        <translation>PIN 码为 {0} 到 {1} 个字符，首尾不能有空格。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reason is required.</source>
        <translation>必须填写原因。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A name is required.</source>
        <translation>必须填写姓名。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A delegation is required.</source>
        <translation>必须填写代表团。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This country is not known: {0}</source>
        <translation>未知国家：{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This category is not known: {0}</source>
        <translation>未知类别：{0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no badge layout {0}.</source>
        <translation>没有证件版式 {0}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some of these values are not possible: {0}.</source>
        <translation>部分数值无效：{0}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The badge of {0} changed meanwhile; ask for the reprint again.</source>
        <translation>{0} 的证件在此期间已更改；请重新申请补打。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a rejection can be overridden.</source>
        <translation>只有被拒绝的记录才能特许放行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not done: something changed meanwhile ({0}).</source>
        <translation>未完成：此期间有内容发生了变化（{0}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unavailable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{delegation} is not available at this time ({reason}).</source>
        <translation>{delegation} 在此时段不可用（{reason}）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> and </source>
        <translation> 和 </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{delegations} share no language: choose an interpreter for {languages}.</source>
        <translation>{delegations} 没有共同语言：请为 {languages} 选择译员。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0} has {1} meeting(s); move or cancel them before removing it.</source>
        <translation>{0} 有 {1} 场会见；删除前请先改期或取消这些会见。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled meetings keep {0} in their history; rename it instead of removing it.</source>
        <translation>已取消的会见历史中仍保留 {0}；请改名而不是删除。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} interprets at {1} meeting(s); give those meetings another interpreter first.</source>
        <translation>{0} 在 {1} 场会见中担任翻译；请先为这些会见另派译员。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled meetings keep {0} in their history.</source>
        <translation>已取消的会见历史中仍保留 {0}。</translation>
    </message>
</context>
<context>
    <name>FailedJobsPanel</name>
    <message>
        <location filename="../../ui/widgets/print_jobs.py" line="+43"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badges</source>
        <translation>证件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n print job(s) failed</source>
        <translation>
            <numerusform>%n 个打印任务失败</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/dialogs/participant_edit.py" line="+81"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked versions</source>
        <translation>已作废的版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filled in</source>
        <translation>从重复记录补全</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged from</source>
        <translation>合并自</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged into</source>
        <translation>合并到</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>When ({0})</source>
        <translation>时间（{0}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk</source>
        <translation>签到台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+54"/>
        <source>registered</source>
        <translation>已注册</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+52"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new badge version</source>
        <translation>新证件版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>badge printed</source>
        <translation>证件已打印</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_report.py" line="+29"/>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: {1} problem(s) found. Nothing was imported; correct the file and import it again.</source>
        <translation>{0}：发现 {1} 个问题。未导入任何内容；请修正文件后重新导入。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: {1} new, {2} updated, {3} unchanged.</source>
        <translation>{0}：新增 {1}，更新 {2}，未变 {3}。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+12"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../ui/kiosk.py" line="+119"/>
        <source>ForumDesk self check-in</source>
        <translation>ForumDesk 自助签到</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Welcome!</source>
        <extracomment>Font sizes (pixels at 1280x800, bold); scaled to the screen in resizeEvent.</extracomment>
        <translation>欢迎！</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please scan your badge</source>
        <translation>请扫描您的证件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the QR code under the scanner</source>
        <translation>请将二维码放在扫描器下方</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Welcome, you are checked in</source>
        <translation>欢迎，您已签到</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enjoy the forum!</source>
        <translation>祝您参会愉快！</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You are already checked in</source>
        <translation>您已经签到</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please go ahead.</source>
        <translation>请进。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+87"/>
        <source>Please see the registration desk</source>
        <translation>请前往注册服务台</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>We could not check you in here.</source>
        <translation>无法在此为您签到。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Our staff will help you.</source>
        <translation>工作人员会为您提供帮助。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Your badge is printing…</source>
        <translation>正在打印您的证件…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Please take your badge from the printer.</source>
        <translation>请从打印机取走您的证件。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No badge could be printed here, but the badge you scanned works at every entrance.</source>
        <translation>此处无法打印证件，但您刚扫描的证件在所有入口均有效。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please collect your badge at the registration desk.</source>
        <translation>请到注册服务台领取您的证件。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/actions.py" line="+23"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import participants…</source>
        <translation>导入参会人员(&amp;I)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Desk</source>
        <translation>签到台(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Desk &amp;name…</source>
        <translation>签到台名称(&amp;N)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Operator…</source>
        <translation>操作员(&amp;O)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ForumDesk</source>
        <translation>关于 ForumDesk(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kiosk mode</source>
        <translation>自助模式(&amp;K)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language applies when ForumDesk starts again.</source>
        <translation>新语言将在 ForumDesk 下次启动时生效。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Desk name</source>
        <translation>签到台名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of this desk:</source>
        <translation>本签到台名称：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is working at this desk?</source>
        <translation>谁在本签到台工作？</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>About ForumDesk</source>
        <translation>关于 ForumDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;ForumDesk {0}&lt;/h3&gt;&lt;p&gt;Registration, badges, check-in and bilateral meetings for international forums.&lt;/p&gt;&lt;p&gt;Fonts: Noto (SIL Open Font License), Droid Sans Fallback (Apache 2.0).&lt;/p&gt;&lt;p&gt;Log files: {1}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ForumDesk {0}&lt;/h3&gt;&lt;p&gt;面向国际论坛的注册、证件、签到和双边会见管理。&lt;/p&gt;&lt;p&gt;字体：Noto（SIL Open Font License）、Droid Sans Fallback（Apache 2.0）。&lt;/p&gt;&lt;p&gt;日志文件：{1}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+42"/>
        <source>ForumDesk</source>
        <translation>ForumDesk</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Check-in</source>
        <translation>签到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>参会人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badges</source>
        <translation>证件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>会见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This page arrives with a coming version of ForumDesk.</source>
        <translation>此页面将在 ForumDesk 的后续版本中提供。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Event: {0}</source>
        <translation>活动：{0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No event yet: import participants</source>
        <translation>尚无活动：请导入参会人员</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no operator</source>
        <translation>未指定操作员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desk: {0} · {1} · {2}</source>
        <translation>签到台：{0} · {1} · {2}</translation>
    </message>
</context>
<context>
    <name>MeetingGrid</name>
    <message>
        <location filename="../../ui/widgets/meeting_grid.py" line="+93"/>
        <source>Interpreter: {0}</source>
        <translation>译员：{0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provisional: not yet confirmed by the server</source>
        <translation>临时：服务器尚未确认</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not yet sent to the server</source>
        <translation>尚未发送到服务器</translation>
    </message>
</context>
<context>
    <name>MeetingRequestDialog</name>
    <message>
        <location filename="../../ui/dialogs/meeting_request.py" line="+43"/>
        <source>New meeting request</source>
        <translation>新的会见申请</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type part of the name…</source>
        <translation>输入名称的一部分…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 normal · 2 high · 3 essential</source>
        <translation>1 普通 · 2 高 · 3 必需</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Talks</source>
        <translation>会谈</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement signing</source>
        <translation>签署协议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twinning</source>
        <translation>缔结友好城市</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>language codes to interpret, e.g. ru; zh (optional)</source>
        <translation>需要翻译的语言代码，例如 ru; zh（可选）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Requested by</source>
        <translation>申请方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wants to meet</source>
        <translation>希望会见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language needs</source>
        <translation>语言需求</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File request</source>
        <translation>提交申请</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{0} speaks {1}; {2} speaks {3}.</source>
        <translation>{0} 使用 {1}；{2} 使用 {3}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>They share {0}.</source>
        <translation>共同语言：{0}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They need an interpreter.</source>
        <translation>需要译员。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose both delegations from the list.</source>
        <translation>请从列表中选择双方代表团。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A delegation cannot ask to meet itself.</source>
        <translation>代表团不能申请与自己会见。</translation>
    </message>
</context>
<context>
    <name>MeetingSetupDialog</name>
    <message>
        <location filename="../../ui/dialogs/meeting_setup.py" line="+77"/>
        <source>Meeting setup</source>
        <translation>会见设置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting days</source>
        <translation>会见日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tables and rooms</source>
        <translation>会谈桌和会议室</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreters</source>
        <translation>译员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unavailable times</source>
        <translation>不可用时间</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+74"/>
        <location line="+25"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Slots</source>
        <translation>时段</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+75"/>
        <location line="+25"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location line="-100"/>
        <location line="+76"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="-70"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 13:00-14:00; 16:00-16:15</source>
        <translation>例如 13:00-14:00; 16:00-16:15</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add day</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove day</source>
        <translation>删除日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First slot at</source>
        <translation>首个时段开始于</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slot length</source>
        <translation>时段长度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of slots</source>
        <translation>时段数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks</source>
        <translation>休息时间</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+14"/>
        <location line="+10"/>
        <location line="+11"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+15"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Capacity</source>
        <translation>座位数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Table 25 or Room B</source>
        <translation>例如 25 号桌或 B 会议室</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+118"/>
        <source>Table</source>
        <translation>会谈桌</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+117"/>
        <source>Room</source>
        <translation>会议室</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+21"/>
        <location line="+37"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+21"/>
        <source>Save changes</source>
        <translation>保存更改</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+21"/>
        <location line="+35"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Seats</source>
        <translation>座位数</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>codes, e.g. ru; zh; en</source>
        <translation>语言代码，例如 ru; zh; en</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+25"/>
        <source>Delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+24"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Type part of the name…</source>
        <translation>输入名称的一部分…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. plenary speech</source>
        <translation>例如 全体会议发言</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Write breaks as from-to times, e.g. 13:00-14:00; 16:00-16:15.</source>
        <translation>请按“开始-结束”时间填写休息时间，例如 13:00-14:00; 16:00-16:15。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} slots added on {1}.</source>
        <translation>已添加 {0} 个时段，日期 {1}。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} removed.</source>
        <translation>已删除 {0}。</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>{0} is unavailable from {1} to {2}.</source>
        <translation>{0} 在 {1} 至 {2} 不可用。</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Choose a day in the list first.</source>
        <translation>请先在列表中选择一个日期。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Give the table or room a name.</source>
        <translation>请为会谈桌或会议室命名。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+46"/>
        <source>{0} added.</source>
        <translation>已添加 {0}。</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+16"/>
        <source>Choose a table in the list first.</source>
        <translation>请先在列表中选择一张会谈桌。</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+44"/>
        <source>{0} saved.</source>
        <translation>已保存 {0}。</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Table removed.</source>
        <translation>已删除会谈桌。</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+14"/>
        <source>An interpreter needs a name and language codes.</source>
        <translation>译员需要姓名和语言代码。</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+14"/>
        <source>Choose an interpreter in the list first.</source>
        <translation>请先在列表中选择一名译员。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interpreter removed.</source>
        <translation>已删除译员。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a delegation from the list.</source>
        <translation>请从列表中选择一个代表团。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a meeting day first.</source>
        <translation>请先添加一个会见日期。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The unavailable time must end after it starts.</source>
        <translation>不可用时间的结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose an unavailable time in the list first.</source>
        <translation>请先在列表中选择一个不可用时间。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unavailable time removed.</source>
        <translation>已删除不可用时间。</translation>
    </message>
</context>
<context>
    <name>MeetingWords</name>
    <message>
        <location filename="../../ui/meeting_words.py" line="+21"/>
        <source>Talks</source>
        <translation>会谈</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement signing</source>
        <translation>签署协议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twinning</source>
        <translation>缔结友好城市</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Booked</source>
        <translation>已预订</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>已举行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>未出席</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested</source>
        <translation>已申请</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no interpreter for {languages}</source>
        <translation>没有 {languages} 译员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delegation unavailable ({delegation})</source>
        <translation>代表团不可用（{delegation}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no common free slot for {a} and {b}</source>
        <translation>{a} 和 {b} 没有共同的空闲时段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every table is taken when both are free</source>
        <translation>双方都空闲时所有会谈桌均已占用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the interpreters for {languages} are busy when both are free</source>
        <translation>双方都空闲时 {languages} 译员均忙</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{a} and {b} already have a meeting</source>
        <translation>{a} 和 {b} 已有会见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>asked twice; one meeting is planned</source>
        <translation>重复申请；已安排一场会见</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../ui/pages/meetings.py" line="+68"/>
        <source>Interpreter for the booking</source>
        <translation>预订所用译员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interpreter:</source>
        <translation>译员：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Setup…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting days, tables and rooms, interpreters, unavailable times</source>
        <translation>会见日期、会谈桌和会议室、译员、不可用时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New request…</source>
        <translation>新申请…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to…</source>
        <translation>移至…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a meeting, press Move to…, then click a free cell (or drag it there)</source>
        <translation>选择一场会见，点击“移至…”，再点击一个空闲单元格（或直接拖过去）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Swap</source>
        <translation>交换</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select two meetings (Ctrl+click) and swap them</source>
        <translation>选择两场会见（Ctrl+单击）并交换</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Book here</source>
        <translation>在此预订</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel meeting</source>
        <translation>取消会见</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule automatically</source>
        <translation>自动排期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agenda PDF…</source>
        <translation>日程 PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Agenda of:</source>
        <translation>日程对象：</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Legend:</source>
        <translation>图例：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} dashed, italic: provisional, not yet confirmed by the server</source>
        <translation>{0} 虚线、斜体：临时，服务器尚未确认</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>bold: confirmed</source>
        <translation>粗体：已确认</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none: they bring their own</source>
        <translation>无：自带译员</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose a request and a free cell first.</source>
        <translation>请先选择一个申请和一个空闲单元格。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Booked (provisional until the server confirms).</source>
        <translation>已预订（服务器确认前为临时）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Meeting cancelled; its request is open again.</source>
        <translation>会见已取消；其申请已重新开放。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not moved: </source>
        <translation>未移动：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Moved (provisional until the server confirms).</source>
        <translation>已移动（服务器确认前为临时）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the meeting to move first.</source>
        <translation>请先选择要移动的会见。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Now click the free cell to move the meeting to (press Move to… again to stop).</source>
        <translation>现在点击要移入的空闲单元格（再次点击“移至…”可停止）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select exactly two meetings to swap (Ctrl+click).</source>
        <translation>请恰好选择两场会见进行交换（Ctrl+单击）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not swapped: </source>
        <translation>未交换：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Swapped (provisional until the server confirms).</source>
        <translation>已交换（服务器确认前为临时）。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Request filed.</source>
        <translation>申请已提交。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save agenda</source>
        <translation>保存日程</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Agenda of {0} with {1} meetings saved.</source>
        <translation>已保存 {0} 的日程，共 {1} 场会见。</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ui/dialogs/supervisor.py" line="+134"/>
        <source>Supervisor override</source>
        <translation>主管特许放行</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why is this person admitted?</source>
        <translation>为什么放行此人？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Admit {0} despite the rejection.</source>
        <translation>不顾拒绝，放行 {0}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Admit</source>
        <translation>放行</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Wrong PIN.</source>
        <translation>PIN 码错误。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Override refused: {0}</source>
        <translation>特许放行被拒绝：{0}</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Please give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <location filename="../../ui/widgets/participant_table.py" line="+28"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (Latin)</source>
        <translation>姓名（拉丁字母）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>registered</source>
        <translation>已注册</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../ui/pages/participants.py" line="+55"/>
        <source>Filter by name in any script, code, delegation…</source>
        <translation>按任意文字的姓名、编号、代表团筛选…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+178"/>
        <location line="+21"/>
        <source>Cancel participant</source>
        <translation>取消参会人员</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History…</source>
        <translation>历史记录…</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>All delegations</source>
        <translation>所有代表团</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All countries</source>
        <translation>所有国家</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All categories</source>
        <translation>所有类别</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n participant(s) shown</source>
        <translation>
            <numerusform>显示 %n 名参会人员</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not load participants: {0}</source>
        <translation>无法加载参会人员：{0}</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Reinstate</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancel the registration of {0}? Their badge will be refused at check-in.
Reason:</source>
        <translation>取消 {0} 的注册？其证件在签到时将被拒绝。
原因：</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+14"/>
        <location line="+6"/>
        <source>Merge participants</source>
        <translation>合并参会人员</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Registration code of the duplicate to merge into {0}:</source>
        <translation>要合并到 {0} 的重复记录的注册编号：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No other participant has the code {0}.</source>
        <translation>没有其他参会人员使用编号 {0}。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Merge {0} ({1}) into {2} ({3})? The duplicate is cancelled; empty fields are filled from it.</source>
        <translation>将 {0}（{1}）合并到 {2}（{3}）？重复记录将被取消，空白字段将用其数据补全。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Import participants</source>
        <translation>导入参会人员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participant lists (*.csv *.xlsx);;All files (*)</source>
        <translation>参会人员名单 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Importing {0}…</source>
        <translation>正在导入 {0}…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be imported: {0}</source>
        <translation>无法导入该文件：{0}</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../ui/kiosk.py" line="-249"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Supervisor PIN to leave the kiosk:</source>
        <translation>退出自助模式需要主管 PIN 码：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Wrong PIN.</source>
        <translation>PIN 码错误。</translation>
    </message>
</context>
<context>
    <name>PrintJobs</name>
    <message>
        <location filename="../../ui/errors.py" line="-297"/>
        <source>There is no printer “%1” on this computer.</source>
        <translation>此计算机上没有打印机“%1”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No printer chosen, and this computer has no default printer.</source>
        <translation>未选择打印机，且此计算机没有默认打印机。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The printer “%1” is not accepting jobs.</source>
        <translation>打印机“%1”不接受任务。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The printer “%1” is paused.</source>
        <translation>打印机“%1”已暂停。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer “%1” refused the job.</source>
        <translation>打印机“%1”拒绝了任务。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The print system of this computer is not running.</source>
        <translation>此计算机的打印系统未运行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent: the printer “%1” had a problem with an earlier job.</source>
        <translation>未发送：打印机“%1”在之前的任务上出错。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The printer “%1” failed to print the job.</source>
        <translation>打印机“%1”未能打印该任务。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Printers: %1</source>
        <translation>打印机：%1</translation>
    </message>
</context>
<context>
    <name>PrinterDialog</name>
    <message>
        <location filename="../../ui/dialogs/printer_choice.py" line="+35"/>
        <source>Print badges</source>
        <translation>打印证件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 × %2 mm, full page, 100 %</source>
        <translation>%1 × %2 毫米，整页，100 %</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper source</source>
        <translation>纸盒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not accepting jobs</source>
        <translation>不接受任务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>printing</source>
        <translation>正在打印</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The printer “%1” chosen before is not on this computer.</source>
        <translation>之前选择的打印机“%1”不在此计算机上。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No printers are installed on this computer.</source>
        <translation>此计算机上未安装打印机。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Printer&apos;s default</source>
        <translation>打印机默认</translation>
    </message>
</context>
<context>
    <name>RequestList</name>
    <message>
        <location filename="../../ui/widgets/meeting_requests.py" line="+36"/>
        <source>Filter requests by delegation…</source>
        <translation>按代表团筛选申请…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open requests</source>
        <translation>待处理申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All requests</source>
        <translation>全部申请</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requested by</source>
        <translation>申请方</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With</source>
        <translation>会见对象</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Needs an interpreter for {0}</source>
        <translation>需要 {0} 译员</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../../ui/widgets/result_panel.py" line="+174"/>
        <source>Ready: scan a badge</source>
        <extracomment>Background and text colour of each state (amber takes dark text for contrast). Text size of the badge-printing line, and the share of the panel&apos;s width it may take. Looks of the badge-printing line: on the panel&apos;s colour, or a white card for a problem. The panel shows something else (a decision, a message, idle): lines that belong to what it showed before (the badge printing on arrival) are set again. Times of earlier check-ins are shown in the event&apos;s time zone.</extracomment>
        <translation>就绪：请扫描证件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or type a name or registration code.</source>
        <translation>或输入姓名或注册编号。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Genuine badge</source>
        <translation>证件真实有效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details arrive with the next sync</source>
        <translation>详细信息将在下次同步时送达</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>✔ Checked out</source>
        <translation>✔ 已离场</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✔ Welcome in</source>
        <translation>✔ 欢迎入场</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● Already checked in</source>
        <translation>● 已经签到</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✖ Not admitted</source>
        <translation>✖ 不予放行</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Genuine badge. Details arrive with the next sync.</source>
        <translation>证件真实有效。详细信息将在下次同步时送达。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admitted by a supervisor override.</source>
        <translation>经主管特许放行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked out (had not been checked in here).</source>
        <translation>已离场（此前未在此签到）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already in since {0} at {1}. Re-entry is allowed.</source>
        <translation>已于 {0} 在 {1} 入场。允许再次入场。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already inside since {0} at {1}. No re-entry here without a supervisor.</source>
        <translation>已于 {0} 在 {1} 入场。此处未经主管不得再次入场。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown code. Search by name instead.</source>
        <translation>未知编号。请改用姓名搜索。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forged badge: not issued by this forum. Call a supervisor.</source>
        <translation>伪造证件：并非本论坛签发。请呼叫主管。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badge printed at a desk not known here yet. Sync, or search by name.</source>
        <translation>证件由本处尚不认识的签到台打印。请同步，或按姓名搜索。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badge signed with a withdrawn desk key. Call a supervisor.</source>
        <translation>证件使用已吊销的签到台密钥签名。请呼叫主管。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge of another event.</source>
        <translation>其他活动的证件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old badge: a newer one was printed. Ask for the current badge.</source>
        <translation>旧证件：已打印更新的版本。请出示当前证件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration cancelled.</source>
        <translation>注册已取消。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not allowed in this zone.</source>
        <translation>无权进入此区域。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This badge is not valid today.</source>
        <translation>此证件今日无效。</translation>
    </message>
</context>
<context>
    <name>ScheduleFlow</name>
    <message>
        <location filename="../../ui/pages/meeting_schedule.py" line="+51"/>
        <location line="+23"/>
        <source>Scheduling meetings…</source>
        <translation>正在排期…</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Placed %n meeting(s).</source>
        <translation>
            <numerusform>已安排 %n 场会见。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n request(s) could not be placed.</source>
        <translation>
            <numerusform>有 %n 个请求无法安排。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority weight {0} of at most {1} ({2:.1f} %).</source>
        <translation>优先级权重 {0}，上限 {1}（{2:.1f} %）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>… and {0} more.</source>
        <translation>… 另有 {0} 项。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scheduling cancelled; nothing was booked.</source>
        <translation>排期已取消；未预订任何会见。</translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <location filename="../../ui/dialogs/supervisor.py" line="-99"/>
        <source>Change the supervisor PIN</source>
        <translation>更改主管 PIN 码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Supervisor PIN</source>
        <translation>主管 PIN 码</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A supervisor types this PIN to admit someone a rejection turned away and to leave the kiosk. There is no default PIN: choose one of {0} to {1} characters and keep it from the desk staff.</source>
        <translation>主管输入此 PIN 码，可放行被拒绝的人员，也可退出自助模式。没有默认 PIN 码：请设置 {0} 到 {1} 个字符的 PIN 码，并勿告知服务台工作人员。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Current PIN</source>
        <translation>当前 PIN 码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New PIN</source>
        <translation>新 PIN 码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New PIN again</source>
        <translation>再次输入新 PIN 码</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The two new PINs differ.</source>
        <translation>两次输入的新 PIN 码不一致。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The current PIN is wrong; nothing was changed.</source>
        <translation>当前 PIN 码错误；未作任何更改。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="+48"/>
        <source>Desk settings</source>
        <translation>签到台设置</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>chosen when printing</source>
        <translation>打印时选择</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play a sound for each scan result</source>
        <translation>每次扫描结果都播放提示音</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not enrolled (see the Sync page)</source>
        <translation>未接入（见“同步”页面）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk name</source>
        <translation>签到台名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zone</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge layout</source>
        <translation>证件版式</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+100"/>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Walk-in category</source>
        <translation>现场注册类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor PIN</source>
        <translation>主管 PIN 码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>set</source>
        <translation>已设置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not set: overrides are refused</source>
        <translation>未设置：特许放行将被拒绝</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Print badge on arrival</source>
        <translation>到场时打印证件</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (not on this computer)</source>
        <translation>%1（不在此计算机上）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At a participant&apos;s first admission, if no badge of theirs was printed yet, the badge prints at once.</source>
        <translation>参会者首次入场时，如其证件尚未打印过，将立即打印。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Desk&apos;s badge layout (%1)</source>
        <translation>本服务台的证件版式（%1）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chosen for this layout (%1)</source>
        <translation>为此版式选择的打印机（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System default printer (%1)</source>
        <translation>系统默认打印机（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System default printer</source>
        <translation>系统默认打印机</translation>
    </message>
</context>
<context>
    <name>SupervisorPin</name>
    <message>
        <location filename="../../ui/errors.py" line="-55"/>
        <source>No supervisor PIN is set on this desk, so overrides are refused. Set one in Desk &gt; Settings &gt; Supervisor PIN…</source>
        <translation>此签到台尚未设置主管 PIN 码，因此特许放行将被拒绝。请在 签到台 &gt; 设置 &gt; 主管 PIN 码 中设置。</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/pages/sync.py" line="+23"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enroll…</source>
        <translation>接入…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suggested slot</source>
        <translation>建议时段</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Move to suggested slot</source>
        <translation>移至建议时段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changes from the server this desk cannot apply. Sync goes on without them; tell the administrator.</source>
        <translation>来自服务器、本服务台无法应用的更改。同步会跳过它们继续进行；请告知管理员。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent sync rounds</source>
        <translation>最近的同步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicts to resolve</source>
        <translation>待解决的冲突</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Received changes set aside</source>
        <translation>已搁置的接收更改</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Server: {0} (role: {1})</source>
        <translation>服务器：{0}（角色：{1}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This desk is not connected to a server yet.</source>
        <translation>本签到台尚未接入服务器。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Started ({0})</source>
        <translation>开始时间（{0}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested slot ({0})</source>
        <translation>建议时段（{0}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When ({0})</source>
        <translation>时间（{0}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ok</source>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>失败</translation>
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
        <translation>更改 {0}，数据流位置 {1}，对象 {2}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../ui/widgets/sync_status.py" line="+224"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected to a server</source>
        <translation>未接入服务器</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n 项更改待发送</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last sync {0}</source>
        <translation>上次同步 {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n 个冲突</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeChart</name>
    <message>
        <location filename="../../ui/widgets/charts.py" line="+127"/>
        <source>No arrivals yet</source>
        <translation>尚无人到场</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>arrived so far: %1</source>
        <translation>目前已到场：%1</translation>
    </message>
</context>
<context>
    <name>TypedSearch</name>
    <message>
        <location filename="../../ui/pages/checkin_search.py" line="+110"/>
        <source>Nobody found for “{0}”.</source>
        <translation>未找到“{0}”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter checks in {0}.</source>
        <translation>按 Enter 为 {0} 签到。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More than {0} people match: type more of the name, or choose one with ↑ ↓ or the mouse.</source>
        <translation>超过 {0} 人匹配：请输入更多姓名，或用 ↑ ↓ 或鼠标选择一人。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n people match: choose one with ↑ ↓ or the mouse, then press Enter.</source>
        <translation>
            <numerusform>%n 人匹配：用 ↑ ↓ 或鼠标选择一人，然后按 Enter。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../ui/dialogs/walk_in.py" line="+37"/>
        <source>Walk-in registration</source>
        <translation>现场注册</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>transliterated when left empty</source>
        <translation>留空则自动音译</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ISO code or English name, e.g. RU, Brazil</source>
        <translation>ISO 代码或英文名称，例如 RU、Brazil</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Given name (own script)</source>
        <translation>名（本国文字）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name (own script)</source>
        <translation>姓（本国文字）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name (Latin)</source>
        <translation>名（拉丁字母）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name (Latin)</source>
        <translation>姓（拉丁字母）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title or position</source>
        <translation>头衔或职务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Register and print badge</source>
        <translation>注册并打印证件</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Type the person&apos;s name.</source>
        <translation>请输入此人的姓名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose or type a delegation.</source>
        <translation>请选择或输入代表团。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the country.</source>
        <translation>请输入国家。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a category.</source>
        <translation>请选择类别。</translation>
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
        <translation>无法打开论坛数据库 {0}：
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
        <translation>出现了错误，但服务台仍在运行，已记录的内容均未丢失。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}

Details are in the log: {1}</source>
        <translation>{0}

详细信息见日志：{1}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>ForumDesk did not close properly last time (started {0}).</source>
        <translation>ForumDesk 上次未正常关闭（启动于 {0}）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check-ins recorded before are safe. If this happens again, give the log to your IT contact: {0}</source>
        <translation>此前记录的签到均已保存。如果再次发生，请将日志交给您的 IT 联系人：{0}</translation>
    </message>
</context>
</TS>
