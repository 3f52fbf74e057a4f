<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>BadgePdf</name>
    <message numerus="yes">
        <location filename="../../ui/badge_pdf.py" line="+53"/>
        <source>Writing %n badge(s)…</source>
        <translation>
            <numerusform>Writing %n badge…</numerusform>
            <numerusform>Writing %n badges…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n badge(s) saved to %1</source>
        <translation>
            <numerusform>%n badge saved to %1</numerusform>
            <numerusform>%n badges saved to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BadgePrintFlow</name>
    <message numerus="yes">
        <location filename="../../ui/badge_printing.py" line="+103"/>
        <source>Sending %n badge(s) to the printer…</source>
        <translation>
            <numerusform>Sending %n badge to the printer…</numerusform>
            <numerusform>Sending %n badges to the printer…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n badge(s) sent to %1.</source>
        <translation>
            <numerusform>%n badge sent to %1.</numerusform>
            <numerusform>%n badges sent to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n badge(s) not printed:</source>
        <translation>
            <numerusform>%n badge not printed:</numerusform>
            <numerusform>%n badges not printed:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BadgesPage</name>
    <message numerus="yes">
        <location filename="../../ui/pages/badges.py" line="+238"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n printed</source>
        <translation>
            <numerusform>%n printed</numerusform>
            <numerusform>%n printed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <location filename="../../ui/pages/dashboard.py" line="+395"/>
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>%n row written to %1</numerusform>
            <numerusform>%n rows written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FailedJobsPanel</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/print_jobs.py" line="+90"/>
        <source>%n print job(s) failed</source>
        <translation>
            <numerusform>%n print job failed</numerusform>
            <numerusform>%n print jobs failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message numerus="yes">
        <location filename="../../ui/pages/participants.py" line="+199"/>
        <source>%n participant(s) shown</source>
        <translation>
            <numerusform>%n participant shown</numerusform>
            <numerusform>%n participants shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleFlow</name>
    <message numerus="yes">
        <location filename="../../ui/pages/meeting_schedule.py" line="+90"/>
        <source>Placed %n meeting(s).</source>
        <translation>
            <numerusform>Placed %n meeting.</numerusform>
            <numerusform>Placed %n meetings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n request(s) could not be placed.</source>
        <translation>
            <numerusform>%n request could not be placed.</numerusform>
            <numerusform>%n requests could not be placed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/sync_status.py" line="+237"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TypedSearch</name>
    <message numerus="yes">
        <location filename="../../ui/pages/checkin_search.py" line="+123"/>
        <source>%n people match: choose one with ↑ ↓ or the mouse, then press Enter.</source>
        <translation>
            <numerusform>%n person matches: choose them with ↑ ↓ or the mouse, then press Enter.</numerusform>
            <numerusform>%n people match: choose one with ↑ ↓ or the mouse, then press Enter.</numerusform>
        </translation>
    </message>
</context>
</TS>
