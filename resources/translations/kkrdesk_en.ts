<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>ikke angivet i pakken</source>
        <translation>not stated in the package</translation>
    </message>
    <message>
        <source>Qt og PySide6 (LGPLv3), SQLAlchemy, Alembic, python-docx, python-pptx, openpyxl og pypdf (MIT/BSD), skrifttypen Carlito (SIL Open Font License 1.1).</source>
        <translation>Qt and PySide6 (LGPLv3), SQLAlchemy, Alembic, python-docx, python-pptx, openpyxl and pypdf (MIT/BSD), the Carlito typeface (SIL Open Font License 1.1).</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licens</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Om %1</source>
        <translation>About %1</translation>
    </message>
    <message>
        <source>Sekretariatets skrivebord i KKR-digitaliseringsnetværket: dagsordener, referater, deltagere, SOR-forslag og projekter.</source>
        <translation>The secretariat&apos;s desk in the KKR digitalisation network: agendas, minutes, participants, SOR proposals and projects.</translation>
    </message>
    <message>
        <source>Bygger på %1</source>
        <translation>Built on %1</translation>
    </message>
    <message>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Om %1 …</source>
        <translation>&amp;About %1 …</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Vælg i kalenderen</source>
        <translation>Choose in the calendar</translation>
    </message>
    <message>
        <source>Vælg datoen i kalenderen</source>
        <translation>Choose the date in the calendar</translation>
    </message>
</context>
<context>
    <name>ExportNote</name>
    <message>
        <source>Åbn &amp;filen</source>
        <translation>Open the &amp;file</translation>
    </message>
    <message>
        <source>Åbn &amp;mappen</source>
        <translation>Open the f&amp;older</translation>
    </message>
    <message>
        <source>Luk beskeden</source>
        <translation>Close the message</translation>
    </message>
</context>
<context>
    <name>FrameMenus</name>
    <message>
        <source>&amp;Filer</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Ny database …</source>
        <translation>&amp;New database …</translation>
    </message>
    <message>
        <source>&amp;Åbn …</source>
        <translation>&amp;Open …</translation>
    </message>
    <message>
        <source>&amp;Seneste</source>
        <translation>&amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Eksportér</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>&amp;Importér dagsorden …</source>
        <translation>&amp;Import agenda …</translation>
    </message>
    <message>
        <source>Indstillin&amp;ger …</source>
        <translation>Settin&amp;gs …</translation>
    </message>
    <message>
        <source>&amp;Afslut</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Rediger</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Fortryd</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Omgør</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Søg i alt …</source>
        <translation>&amp;Search everything …</translation>
    </message>
    <message>
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Mødeleders visning</source>
        <translation>&amp;Chair&apos;s view</translation>
    </message>
    <message>
        <source>Det aktuelle punkt, tiden og det næste punkt i stor skrift til en anden skærm</source>
        <translation>The current item, the time and the next item in large type for a second screen</translation>
    </message>
    <message>
        <source>&amp;Dagsorden (Word) …</source>
        <translation>&amp;Agenda (Word) …</translation>
    </message>
    <message>
        <source>&amp;Referat (Word) …</source>
        <translation>&amp;Minutes (Word) …</translation>
    </message>
    <message>
        <source>&amp;Oversigt (Excel) …</source>
        <translation>&amp;Overview (Excel) …</translation>
    </message>
    <message>
        <source>&amp;SOR-forslag (Word) …</source>
        <translation>&amp;SOR proposals (Word) …</translation>
    </message>
    <message>
        <source>Dagsorden som &amp;PDF/A (arkiv) …</source>
        <translation>Agenda as &amp;PDF/A (archive) …</translation>
    </message>
    <message>
        <source>R&amp;eferat som PDF/A (arkiv) …</source>
        <translation>Minu&amp;tes as PDF/A (archive) …</translation>
    </message>
    <message>
        <source>S&amp;tatusrapport for projekter (Word) …</source>
        <translation>Status &amp;report for projects (Word) …</translation>
    </message>
    <message>
        <source>Statusrapport for det &amp;valgte projekt (Word) …</source>
        <translation>Status report for the s&amp;elected project (Word) …</translation>
    </message>
    <message>
        <source>Vælg &amp;Word-skabelon …</source>
        <translation>Choose &amp;Word template …</translation>
    </message>
    <message>
        <source>&amp;Brug standardskabelon</source>
        <translation>Use &amp;default template</translation>
    </message>
    <message>
        <source>Udsend &amp;mødepakke (Word og bilag) …</source>
        <translation>Send out meeting pac&amp;kage (Word and attachments) …</translation>
    </message>
    <message>
        <source>Mødet som &amp;kalenderfil (.ics) …</source>
        <translation>Meeting as &amp;calendar file (.ics) …</translation>
    </message>
    <message>
        <source>Fr&amp;ister som kalenderfil (.ics) …</source>
        <translation>Dead&amp;lines as calendar file (.ics) …</translation>
    </message>
    <message>
        <source>Mødeindkaldelse som m&amp;ailkladde (.eml) …</source>
        <translation>Meeting invitation as e-ma&amp;il draft (.eml) …</translation>
    </message>
    <message>
        <source>P&amp;unkttyper i Word</source>
        <translation>Item t&amp;ypes in Word</translation>
    </message>
    <message>
        <source>Medta&amp;g faktiske tider i referatet</source>
        <translation>Include act&amp;ual times in the minutes</translation>
    </message>
    <message>
        <source>Skriv ved hvert punkt, hvornår det faktisk begyndte og sluttede (holdt i mødeleders visning)</source>
        <translation>Write at each item when it actually began and ended (kept in the chair&apos;s view)</translation>
    </message>
    <message>
        <source>&amp;Forfatter (sekretariatets navn) …</source>
        <translation>Aut&amp;hor (the secretariat&apos;s name) …</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dagsorden</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>SOR-forslag</source>
        <translation>SOR proposals</translation>
    </message>
    <message>
        <source>Projekter</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Deltagere</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Kun læseadgang · %1</source>
        <translation>Read-only · %1</translation>
    </message>
    <message>
        <source>Ingen personer i registret hører til organisationen.</source>
        <translation>Nobody in the register belongs to the organisation.</translation>
    </message>
    <message>
        <source>Møde</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source> Møde: </source>
        <translation> Meeting: </translation>
    </message>
    <message>
        <source>Søg i alt (Ctrl+F)</source>
        <translation>Search everything (Ctrl+F)</translation>
    </message>
    <message>
        <source>Søg i alt</source>
        <translation>Search everything</translation>
    </message>
    <message>
        <source>%1 møde i databasen</source>
        <translation>%1 meeting in the database</translation>
    </message>
    <message>
        <source>%1 møder i databasen</source>
        <translation>%1 meetings in the database</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Søgeresultater</source>
        <translation>Search results</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>&amp;Ja</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Åbn database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>KKR Desk-database (*.sqlite *.db);;Alle filer (*)</source>
        <translation>KKR Desk database (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Ny database</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>KKR Desk-database (*.sqlite)</source>
        <translation>KKR Desk database (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>12.00 (dansk standard)</source>
        <translation>12.00 (Danish standard)</translation>
    </message>
    <message>
        <source>Spørg hver gang</source>
        <translation>Ask every time</translation>
    </message>
    <message>
        <source>Altid med</source>
        <translation>Always included</translation>
    </message>
    <message>
        <source>Aldrig med</source>
        <translation>Never included</translation>
    </message>
    <message>
        <source>Sproget skifter, næste gang KKR Desk startes.</source>
        <translation>The language changes the next time KKR Desk is started.</translation>
    </message>
    <message>
        <source>Ændringerne gælder med det samme, når du trykker OK (skærmen og de næste eksporter); sproget dog først fra næste start.</source>
        <translation>The changes apply as soon as you press OK (the screen and the next exports); the language, however, only from the next start.</translation>
    </message>
    <message>
        <source>Indstillinger</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Dokumenter og eksport</source>
        <translation>Documents and export</translation>
    </message>
    <message>
        <source>Møder og SOR</source>
        <translation>Meetings and SOR</translation>
    </message>
    <message>
        <source>Sprog</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Vælg …</source>
        <translation>Choose …</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Sekretariatets &amp;navn:</source>
        <translation>Secretariat&apos;s &amp;name:</translation>
    </message>
    <message>
        <source>Forfatter på dokumenterne og ved hvert trin i historikken.</source>
        <translation>Author of the documents and of each step in the history.</translation>
    </message>
    <message>
        <source>&amp;Word-skabelon:</source>
        <translation>&amp;Word template:</translation>
    </message>
    <message>
        <source>&amp;Klokkeslæt:</source>
        <translation>&amp;Clock times:</translation>
    </message>
    <message>
        <source>På skærmen, i Word, PDF og kalenderfiler.</source>
        <translation>On screen, in Word, PDF and calendar files.</translation>
    </message>
    <message>
        <source>&amp;Eksportmappe:</source>
        <translation>&amp;Export folder:</translation>
    </message>
    <message>
        <source>E-mail og &amp;telefon:</source>
        <translation>E-mail and &amp;phone:</translation>
    </message>
    <message>
        <source>I Excel-oversigten og som deltagere i kalenderfilen. Det er personoplysninger.</source>
        <translation>In the Excel overview and as attendees in the calendar file. This is personal data.</translation>
    </message>
    <message>
        <source>Nyt møde &amp;starter kl.:</source>
        <translation>New meeting &amp;starts at:</translation>
    </message>
    <message>
        <source>Nyt mødes &amp;længde:</source>
        <translation>&amp;Length of a new meeting:</translation>
    </message>
    <message>
        <source>minutter</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>&amp;Høringsfrist:</source>
        <translation>&amp;Consultation deadline:</translation>
    </message>
    <message>
        <source>dage efter afsendelsen</source>
        <translation>days after sending</translation>
    </message>
    <message>
        <source>En ny høringsrundes frist (samme indstilling som under listen på SOR-forslag).</source>
        <translation>The deadline of a new consultation round (the same setting as below the list on SOR proposals).</translation>
    </message>
    <message>
        <source>Svar fra S&amp;DS ventes inden:</source>
        <translation>Answer from S&amp;DS expected within:</translation>
    </message>
    <message>
        <source>uger</source>
        <translation>weeks</translation>
    </message>
    <message>
        <source>Derefter fremhæves et forslag uden svar fra Sundhedsdatastyrelsen.</source>
        <translation>After that, a proposal without an answer from the Danish Health Data Authority (SDS) is highlighted.</translation>
    </message>
    <message>
        <source>Denne gang er programmet startet med --lang %1.</source>
        <translation>This time the program was started with --lang %1.</translation>
    </message>
    <message>
        <source>S&amp;prog:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Vælg Word-skabelon</source>
        <translation>Choose Word template</translation>
    </message>
    <message>
        <source>Word-dokument (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>Vælg eksportmappe</source>
        <translation>Choose export folder</translation>
    </message>
    <message>
        <source>Indstillingerne er gemt.</source>
        <translation>The settings are saved.</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>&amp;Hjælp</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Åbner databasen …</source>
        <translation>Opening the database …</translation>
    </message>
</context>
<context>
    <name>export_feedback</name>
    <message>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Eksporterer</source>
        <translation>Exporting</translation>
    </message>
    <message>
        <source>Annullerer …</source>
        <translation>Cancelling …</translation>
    </message>
</context>
</TS>
