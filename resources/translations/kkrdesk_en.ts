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
    <name>ActionDialog</name>
    <message>
        <source>Hvad skal gøres?</source>
        <translation>What is to be done?</translation>
    </message>
    <message>
        <source>Navn eller organisation</source>
        <translation>Name or organisation</translation>
    </message>
    <message>
        <source>Hvad</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Hvem</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Hvornår</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>Teksten indeholder ingen dagsordenspunkter, som kan læses; intet er importeret.</source>
        <translation>The text holds no agenda items that can be read; nothing was imported.</translation>
    </message>
    <message>
        <source>Teksten ligner ikke en dagsorden: {reason}; intet er importeret.</source>
        <translation>The text does not look like an agenda: {reason}; nothing was imported.</translation>
    </message>
    <message>
        <source>Mødet findes ikke længere.</source>
        <translation>The meeting no longer exists.</translation>
    </message>
    <message>
        <source>Mødet skal slutte efter det begynder.</source>
        <translation>The meeting must end after it begins.</translation>
    </message>
    <message>
        <source>Der er allerede et møde den {day}; vælg en anden dato, eller føj punkterne til det møde.</source>
        <translation>There is already a meeting on {day}; choose another date, or add the items to that meeting.</translation>
    </message>
    <message>
        <source>Skriv gæstens navn.</source>
        <translation>Write the guest&apos;s name.</translation>
    </message>
    <message>
        <source>{name} står allerede på fremmødelisten.</source>
        <translation>{name} is already on the attendance list.</translation>
    </message>
    <message>
        <source>Punktet kan ikke flyttes derhen (kun ét niveau underpunkter).</source>
        <translation>The item cannot be moved there (only one level of sub-items).</translation>
    </message>
    <message>
        <source>Et punkt med underpunkter kan ikke selv blive underpunkt.</source>
        <translation>An item with sub-items cannot itself become a sub-item.</translation>
    </message>
    <message>
        <source>Underpunkter kan kun ligge ét niveau ned.</source>
        <translation>Sub-items can only be one level down.</translation>
    </message>
    <message>
        <source>Et låst tidspunkt skal være et klokkeslæt.</source>
        <translation>A locked time must be a time of day.</translation>
    </message>
    <message>
        <source>Det nye møde skal ligge efter det forrige.</source>
        <translation>The new meeting must come after the previous one.</translation>
    </message>
    <message>
        <source>Der er allerede et møde med dagsorden på den dato; vælg en anden dato.</source>
        <translation>There is already a meeting with an agenda on that date; choose another date.</translation>
    </message>
    <message>
        <source>Mødet har ingen punkter på dagsordenen.</source>
        <translation>The meeting has no items on its agenda.</translation>
    </message>
    <message>
        <source>Mødet er slut: alle punkter er behandlet.</source>
        <translation>The meeting is over: every item has been dealt with.</translation>
    </message>
    <message>
        <source>Mødet er ikke begyndt endnu.</source>
        <translation>The meeting has not begun yet.</translation>
    </message>
    <message>
        <source> kl. {at}</source>
        <translation> at {at}</translation>
    </message>
    <message>
        <source>Der er intet møde den {day}{when}.</source>
        <translation>There is no meeting on {day}{when}.</translation>
    </message>
    <message>
        <source>Der er {n} møder den {day} ({which}); skriv også tidspunktet, fx »{day} {at}«.</source>
        <translation>There are {n} meetings on {day} ({which}); write the time too, e.g. »{day} {at}«.</translation>
    </message>
    <message>
        <source>Vælg hvem personen er stedfortræder for.</source>
        <translation>Choose whom the person stands in for.</translation>
    </message>
    <message>
        <source>En person kan ikke være stedfortræder for sig selv.</source>
        <translation>A person cannot stand in for themselves.</translation>
    </message>
    <message>
        <source>Mødet er ikke holdt endnu; referatet kan først udsendes efter mødet.</source>
        <translation>The meeting has not been held yet; the minutes can only be sent after the meeting.</translation>
    </message>
    <message>
        <source>Referatet er allerede godkendt.</source>
        <translation>The minutes are already approved.</translation>
    </message>
    <message>
        <source>Der er intet at udsende: mødet har hverken fremmøde, noter eller beslutninger.</source>
        <translation>There is nothing to send: the meeting has no attendance, notes or decisions.</translation>
    </message>
    <message>
        <source>Referatet kan ikke være udsendt før mødet blev holdt.</source>
        <translation>The minutes cannot have been sent before the meeting was held.</translation>
    </message>
    <message>
        <source>Teksten har over {what} (linje {line}); så mange har et møde ikke. Importér dagsordenen for sig, eller del teksten op.</source>
        <translation>The text has over {what} (line {line}); no meeting has that many. Import the agenda on its own, or split the text up.</translation>
    </message>
    <message>
        <source>{n} punkter og underpunkter</source>
        <translation>{n} items and sub-items</translation>
    </message>
    <message>
        <source>{n} underpunkter og emner</source>
        <translation>{n} sub-items and topics</translation>
    </message>
</context>
<context>
    <name>AgendaImportDialog</name>
    <message>
        <source>Importér dagsorden</source>
        <translation>Import agenda</translation>
    </message>
    <message>
        <source>Sæt tekst ind (Ctrl+V)</source>
        <translation>Paste text (Ctrl+V)</translation>
    </message>
    <message>
        <source>Åbn fil …</source>
        <translation>Open file …</translation>
    </message>
    <message>
        <source>Importér</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>tekst</source>
        <translation>text</translation>
    </message>
    <message>
        <source>; intet er importeret</source>
        <translation>; nothing was imported</translation>
    </message>
    <message>
        <source>Kilde: »{name}« ({kind}, {n} linjer).</source>
        <translation>Source: »{name}« ({kind}, {n} lines).</translation>
    </message>
    <message>
        <source>Åbn dagsorden</source>
        <translation>Open agenda</translation>
    </message>
    <message>
        <source>Dagsordener (*.txt *.docx *.pptx *.pdf);;Alle filer (*)</source>
        <translation>Agendas (*.txt *.docx *.pptx *.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>Kopiér dagsordenen (fra PowerPoint, Word, en PDF eller en e-mail), og sæt den ind her med Ctrl+V – eller åbn filen, eller træk den hertil.</source>
        <translation>Copy the agenda (from PowerPoint, Word, a PDF or an e-mail) and paste it here with Ctrl+V – or open the file, or drag it here.</translation>
    </message>
</context>
<context>
    <name>AgendaSources</name>
    <message>
        <source>indsat tekst</source>
        <translation>pasted text</translation>
    </message>
    <message>
        <source>»{name}« indeholder for meget tekst til at være en dagsorden (over {most} tegn).</source>
        <translation>»{name}« holds too much text to be an agenda (over {most} characters).</translation>
    </message>
    <message>
        <source>»{name}« har over {most} linjer; det er ikke en dagsorden.</source>
        <translation>»{name}« has over {most} lines; that is not an agenda.</translation>
    </message>
    <message>
        <source>Der er ingen tekst i »{name}«.</source>
        <translation>There is no text in »{name}«.</translation>
    </message>
    <message>
        <source>Der er ingen tekst at læse.</source>
        <translation>There is no text to read.</translation>
    </message>
    <message>
        <source>»{name}« indeholder for meget tekst til at være en dagsorden (over {mb} MB; højst {most} tegn).</source>
        <translation>»{name}« holds too much text to be an agenda (over {mb} MB; at most {most} characters).</translation>
    </message>
    <message>
        <source>»{name}« er en mappe, ikke en fil.</source>
        <translation>»{name}« is a folder, not a file.</translation>
    </message>
    <message>
        <source>Filen »{name}« er tom.</source>
        <translation>The file »{name}« is empty.</translation>
    </message>
    <message>
        <source>Filen »{name}« er for stor til at være en dagsorden ({size} MB; højst {most} MB). Kopiér teksten, og sæt den ind i stedet.</source>
        <translation>The file »{name}« is too large to be an agenda ({size} MB; at most {most} MB). Copy the text and paste it instead.</translation>
    </message>
    <message>
        <source>»{name}« er beskyttet med adgangskode (krypteret); gem den uden adgangskode, og prøv igen.</source>
        <translation>»{name}« is protected by a password (encrypted); save it without a password and try again.</translation>
    </message>
    <message>
        <source>»{name}« er i det gamle Office-format (.doc/.ppt); gem den som .docx eller .pptx, og prøv igen.</source>
        <translation>»{name}« is in the old Office format (.doc/.ppt); save it as .docx or .pptx and try again.</translation>
    </message>
    <message>
        <source>»{name}« er en RTF-fil; gem den som .docx eller .txt, og prøv igen.</source>
        <translation>»{name}« is an RTF file; save it as .docx or .txt and try again.</translation>
    </message>
    <message>
        <source>»{name}« er et billede, ikke tekst; en dagsorden kan ikke læses af et billede.</source>
        <translation>»{name}« is a picture, not text; an agenda cannot be read from a picture.</translation>
    </message>
    <message>
        <source>Filen findes ikke: {path}</source>
        <translation>The file does not exist: {path}</translation>
    </message>
    <message>
        <source>Filen kan ikke læses (ingen adgang): {path}</source>
        <translation>The file cannot be read (no access): {path}</translation>
    </message>
    <message>
        <source>Filen kan ikke læses: {path} {reason}.</source>
        <translation>The file cannot be read: {path} {reason}.</translation>
    </message>
    <message>
        <source>»{name}« er hverken tekst, Word, PowerPoint eller PDF og kan ikke læses.</source>
        <translation>»{name}« is neither text, Word, PowerPoint nor PDF and cannot be read.</translation>
    </message>
    <message>
        <source>»{name}« er beskadiget (ikke en gyldig zip-fil).</source>
        <translation>»{name}« is damaged (not a valid zip file).</translation>
    </message>
    <message>
        <source>»{name}« er et Excel-regneark; en dagsorden læses fra tekst, Word, PowerPoint eller PDF.</source>
        <translation>»{name}« is an Excel workbook; an agenda is read from text, Word, PowerPoint or PDF.</translation>
    </message>
    <message>
        <source>»{name}« er hverken et Word-dokument eller en PowerPoint-præsentation.</source>
        <translation>»{name}« is neither a Word document nor a PowerPoint presentation.</translation>
    </message>
    <message>
        <source>»{name}« er krypteret eller pakket på en måde, der ikke kan læses.</source>
        <translation>»{name}« is encrypted or packed in a way that cannot be read.</translation>
    </message>
    <message>
        <source>»{name}« kan ikke læses som {what} (filen er beskadiget).</source>
        <translation>»{name}« cannot be read as {what} (the file is damaged).</translation>
    </message>
    <message>
        <source>»{name}« indeholder ingen tekst (måske et indscannet billede); en dagsorden kan kun læses af en PDF med tekst.</source>
        <translation>»{name}« holds no text (perhaps a scanned picture); an agenda can only be read from a PDF with text.</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <source>Punkt</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Referat</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Fremmøde</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Opfølgning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Nyt møde …</source>
        <translation>New meeting …</translation>
    </message>
    <message>
        <source>Nyt møde fra forrige …</source>
        <translation>New meeting from previous …</translation>
    </message>
    <message>
        <source>Redigér møde …</source>
        <translation>Edit meeting …</translation>
    </message>
    <message>
        <source>Udsend referat …</source>
        <translation>Send out minutes …</translation>
    </message>
    <message>
        <source>Slet møde</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <source>Mødeleders visning (F5)</source>
        <translation>Chair&apos;s view (F5)</translation>
    </message>
    <message>
        <source>Importér dagsorden …</source>
        <translation>Import agenda …</translation>
    </message>
    <message>
        <source>Nyt punkt</source>
        <translation>New item</translation>
    </message>
    <message>
        <source>Intet møde valgt</source>
        <translation>No meeting selected</translation>
    </message>
    <message>
        <source>Opret et møde med »Nyt møde …«.</source>
        <translation>Create a meeting with “New meeting …”.</translation>
    </message>
    <message>
        <source>{minutes} min. i alt</source>
        <translation>{minutes} min. in all</translation>
    </message>
    <message>
        <source>planlagt slut kl. {planned} (mødet slutter kl. {end})</source>
        <translation>planned end {planned} (the meeting ends at {end})</translation>
    </message>
    <message>
        <source>OVERSKRIDER mødets slut med {minutes} min.</source>
        <translation>OVERRUNS the meeting’s end by {minutes} min.</translation>
    </message>
    <message>
        <source>mødet sluttede kl. {time}</source>
        <translation>the meeting ended at {time}</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>fx 13.35</source>
        <translation>e.g. 13.35</translation>
    </message>
    <message>
        <source>Navn, Organisation; …</source>
        <translation>Name, Organisation; …</translation>
    </message>
</context>
<context>
    <name>AttachmentActions</name>
    <message>
        <source>Vedhæft bilag</source>
        <translation>Attach files</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>»{name}« er ikke en fil, der kan vedhæftes.</source>
        <translation>»{name}« is not a file that can be attached.</translation>
    </message>
    <message>
        <source>»{name}« fylder {size}; et bilag må højst fylde {most}. Gem en mindre udgave (fx som PDF) og vedhæft den.</source>
        <translation>»{name}« takes up {size}; an attachment may take up at most {most}. Save a smaller version (e.g. as PDF) and attach that.</translation>
    </message>
    <message>
        <source>»{name}« {reason}.</source>
        <translation>»{name}« {reason}.</translation>
    </message>
    <message>
        <source>»{name}« har et navn, som filsystemet ikke kan bruge.</source>
        <translation>»{name}« has a name the file system cannot use.</translation>
    </message>
    <message>
        <source>en hjælpefil til den åbne database ({database})</source>
        <translation>a helper file of the open database ({database})</translation>
    </message>
    <message>
        <source>den database, KKR Desk har åben</source>
        <translation>the database KKR Desk has open</translation>
    </message>
    <message>
        <source>»{name}« er {what}; den kan ikke vedhæftes som bilag.</source>
        <translation>»{name}« is {what}; it cannot be attached.</translation>
    </message>
    <message>
        <source>»{name}« fylder {size}; et bilag må højst fylde {most}.</source>
        <translation>»{name}« takes up {size}; an attachment may take up at most {most}.</translation>
    </message>
</context>
<context>
    <name>AttendanceGrid</name>
    <message>
        <source>✓ deltog (o: online)   A afbud   ÷ fraværende   S stedfortræder   ? forventet, intet registreret</source>
        <translation>✓ attended (o: online)   A apologies   ÷ absent   S substitute   ? expected, nothing recorded</translation>
    </message>
</context>
<context>
    <name>AttendancePane</name>
    <message>
        <source>Ingen medlemmer af netværket på mødets dato i registret. Tilføj oplægsholdere og gæster med »Tilføj gæst …«, eller opret medlemmerne under fanen Deltagere (Importér … eller Ny person …).</source>
        <translation>No members of the network on the meeting&apos;s date in the register. Add presenters and guests with “Add guest …”, or create the members on the Participants tab (Import … or New person …).</translation>
    </message>
    <message>
        <source>Alle deltog</source>
        <translation>All attended</translation>
    </message>
    <message>
        <source>Marker alle forventede uden registrering som deltagende</source>
        <translation>Mark everyone expected without a registration as attending</translation>
    </message>
    <message>
        <source>Stedfortræder for …</source>
        <translation>Substitute for …</translation>
    </message>
    <message>
        <source>Fysisk / online</source>
        <translation>In person / online</translation>
    </message>
    <message>
        <source>Tilføj gæst …</source>
        <translation>Add guest …</translation>
    </message>
    <message>
        <source>Oplægsholdere deltog</source>
        <translation>Presenters attended</translation>
    </message>
    <message>
        <source>Dagsordenens oplægsholdere, der ikke står på listen, deltog som gæster</source>
        <translation>The agenda&apos;s presenters who are not on the list attended as guests</translation>
    </message>
    <message>
        <source>Ryd</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Fjern registreringen for de valgte</source>
        <translation>Clear the registration of the selected</translation>
    </message>
    <message>
        <source>Deltog: {present}  ·  Afbud: {apologies}  ·  Fraværende: {absent}  ·  Ikke registreret: {unknown}</source>
        <translation>Attended: {present}  ·  Apologies: {apologies}  ·  Absent: {absent}  ·  Not recorded: {unknown}</translation>
    </message>
    <message>
        <source>ingen registrering</source>
        <translation>no record</translation>
    </message>
    <message>
        <source>Marker {who} som {state}</source>
        <translation>Mark {who} as {state}</translation>
    </message>
    <message>
        <source>Stedfortræder</source>
        <translation>Substitute</translation>
    </message>
    <message>
        <source>{name} er stedfortræder for:</source>
        <translation>{name} is substitute for:</translation>
    </message>
    <message>
        <source>Marker {name} som stedfortræder for {absent}</source>
        <translation>Mark {name} as substitute for {absent}</translation>
    </message>
    <message>
        <source>Tilføj {name} som gæst</source>
        <translation>Add {name} as guest</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Fremmøde pr. person og møde</source>
        <translation>Attendance by person and meeting</translation>
    </message>
    <message>
        <source>Pr. organisation</source>
        <translation>By organisation</translation>
    </message>
</context>
<context>
    <name>ChangeLog</name>
    <message>
        <source>Hele loggen</source>
        <translation>The whole log</translation>
    </message>
    <message>
        <source>I dag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Seneste 7 dage</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Seneste 30 dage</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Seneste år</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Bruger</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Maskine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <source>Faneblade</source>
        <translation>Tabs</translation>
    </message>
    <message>
        <source>Ændringslog</source>
        <translation>Change log</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Ændringer</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Om loggen</source>
        <translation>About the log</translation>
    </message>
    <message>
        <source>Eksportér til &amp;Excel …</source>
        <translation>Export to &amp;Excel …</translation>
    </message>
    <message>
        <source>Eksportér til &amp;CSV …</source>
        <translation>Export to &amp;CSV …</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>P&amp;eriode:</source>
        <translation>P&amp;eriod:</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Denne database er en fil på denne maskine: her føres ingen log over hvem der har ændret hvad. Ændringsloggen føres kun på en fælles database på en PostgreSQL-server (kkrdesk --db postgresql+psycopg://…).</source>
        <translation>This database is a file on this machine: no log of who changed what is kept here. The change log is kept only on a shared database on a PostgreSQL server (kkrdesk --db postgresql+psycopg://…).</translation>
    </message>
    <message>
        <source>Ændringer: %1, nyeste først.</source>
        <translation>Changes: %1, newest first.</translation>
    </message>
    <message>
        <source>Eksportér ændringsloggen</source>
        <translation>Export the change log</translation>
    </message>
    <message>
        <source>CSV-fil (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Ændringsloggen er gemt: %1</source>
        <translation>The change log is saved: %1</translation>
    </message>
</context>
<context>
    <name>CodeEdit</name>
    <message>
        <source>fx 550621000005101</source>
        <translation>e.g. 550621000005101</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Fremmøde</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Hvad</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Hvem</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Hvornår</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Møde</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Række</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Udpeget af</source>
        <translation>Appointed by</translation>
    </message>
    <message>
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Har overtaget pladsen efter</source>
        <translation>Took over the seat from</translation>
    </message>
    <message>
        <source>Afløst af</source>
        <translation>Replaced by</translation>
    </message>
    <message>
        <source>Gruppe</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Bemærkning</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Personer</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Organisationens personer i netværket i perioden</source>
        <translation>The organisation&apos;s people in the network in the period</translation>
    </message>
    <message>
        <source>Møder</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Møder, hvor organisationen var forventet</source>
        <translation>Meetings where the organisation was expected</translation>
    </message>
    <message>
        <source>Forv.</source>
        <translation>Exp.</translation>
    </message>
    <message>
        <source>Forventede fremmøder (personer × møder)</source>
        <translation>Expected attendances (people × meetings)</translation>
    </message>
    <message>
        <source>Deltog</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Fremmøder, hvor en person fra organisationen deltog</source>
        <translation>Attendances where a person from the organisation attended</translation>
    </message>
    <message>
        <source>Fremmøde: deltog ud af forventede</source>
        <translation>Attendance: attended out of expected</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Rolle i netværket</source>
        <translation>Role in the network</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Projekt</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Næste milepæl</source>
        <translation>Next milestone</translation>
    </message>
    <message>
        <source>Projektejer</source>
        <translation>Project owner</translation>
    </message>
    <message>
        <source>Forslag</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Siden</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Høringsrunde</source>
        <translation>Consultation round</translation>
    </message>
    <message>
        <source>Modtagere</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Sendt</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Svar</source>
        <translation>Responses</translation>
    </message>
    <message>
        <source>Modtaget</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Holdning</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Gælder</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Punkt</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Oplægsholder</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Minutter</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Oplægsholdere</source>
        <translation>Presenters</translation>
    </message>
    <message>
        <source>Linjer</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Opret</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Nuværende navn</source>
        <translation>Current name</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Foreslået navn</source>
        <translation>Proposed name</translation>
    </message>
    <message>
        <source>Øvrigt</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Statusnotat</source>
        <translation>Status note</translation>
    </message>
    <message>
        <source>Milepæl</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Planlagt</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Nået</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Forsinket</source>
        <translation>Delayed</translation>
    </message>
    <message>
        <source>Kilde</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Beløb</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Risiko</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Sandsynlighed</source>
        <translation>Probability</translation>
    </message>
    <message>
        <source>Konsekvens</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Tiltag</source>
        <translation>Mitigation</translation>
    </message>
    <message>
        <source>Åben</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Beslutning</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Truffet af</source>
        <translation>Made by</translation>
    </message>
    <message>
        <source>Linje</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Som skrevet</source>
        <translation>As written</translation>
    </message>
    <message>
        <source>Hvem i registret</source>
        <translation>Who in the register</translation>
    </message>
    <message>
        <source>(låst)</source>
        <translation>(fixed)</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Forbindelsen til serveren er tabt – prøver igen …</source>
        <translation>The connection to the server is lost – trying again …</translation>
    </message>
    <message>
        <source>Forbundet igen – alt er indlæst igen.</source>
        <translation>Connected again – everything has been reloaded.</translation>
    </message>
    <message>
        <source>Ændringer der venter</source>
        <translation>Changes waiting</translation>
    </message>
    <message>
        <source>{waiting}, fordi forbindelsen til serveren er tabt. Lukker du nu, går de tabt. Luk alligevel?</source>
        <translation>{waiting}, because the connection to the server is lost. If you close now, they are lost. Close anyway?</translation>
    </message>
    <message>
        <source>&amp;Luk alligevel</source>
        <translation>&amp;Close anyway</translation>
    </message>
    <message>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Forslag</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Seneste trin</source>
        <translation>Latest step</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>Dagsordenen er importeret: %n punkt. Fortryd med Ctrl+Z.|Dagsordenen er importeret: %n punkter. Fortryd med Ctrl+Z.</source>
        <translation>
            <numerusform>The agenda is imported: %n item. Undo with Ctrl+Z.</numerusform>
            <numerusform>The agenda is imported: %n items. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n punkt|%n punkter</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importér %n person|Importér %n personer</source>
        <translation>
            <numerusform>Import %n person</numerusform>
            <numerusform>Import %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person er importeret.|%n personer er importeret.</source>
        <translation>
            <numerusform>%n person imported.</numerusform>
            <numerusform>%n people imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mailadresse er kopieret.|%n e-mailadresser er kopieret.</source>
        <translation>
            <numerusform>%n e-mail address copied.</numerusform>
            <numerusform>%n e-mail addresses copied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medlemskab|%n medlemskaber</source>
        <translation>
            <numerusform>%n membership</numerusform>
            <numerusform>%n memberships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fremmøderegistrering til kommende møder|%n fremmøderegistreringer til kommende møder</source>
        <translation>
            <numerusform>%n attendance record for coming meetings</numerusform>
            <numerusform>%n attendance records for coming meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n oplæg på kommende møder|%n oplæg på kommende møder</source>
        <translation>
            <numerusform>%n presentation at coming meetings</numerusform>
            <numerusform>%n presentations at coming meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opfølgningspunkt|%n opfølgningspunkter</source>
        <translation>
            <numerusform>%n action item</numerusform>
            <numerusform>%n action items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Personen fjernes som mødeleder, referent eller »stedfortræder for« %n sted på kommende møder.|Personen fjernes som mødeleder, referent eller »stedfortræder for« %n steder på kommende møder.</source>
        <translation>
            <numerusform>The person is removed as chair, minute-taker or “substitute for” in %n place at coming meetings.</numerusform>
            <numerusform>The person is removed as chair, minute-taker or “substitute for” in %n places at coming meetings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n forsinket milepæl|%n forsinkede milepæle</source>
        <translation>
            <numerusform>%n late milestone</numerusform>
            <numerusform>%n late milestones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plads|%n pladser</source>
        <translation>
            <numerusform>%n seat</numerusform>
            <numerusform>%n seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ny person|%n nye personer</source>
        <translation>
            <numerusform>%n new person</numerusform>
            <numerusform>%n new people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ændring venter på at blive gemt|%n ændringer venter på at blive gemt</source>
        <translation>
            <numerusform>%n change waiting to be saved</numerusform>
            <numerusform>%n changes waiting to be saved</numerusform>
        </translation>
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
    <message>
        <source>dd-mm-åååå (kan være tom)</source>
        <translation>dd-mm-yyyy (may be empty)</translation>
    </message>
    <message>
        <source>dd-mm-åååå</source>
        <translation>dd-mm-yyyy</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>{start}… ({n} cifre)</source>
        <translation>{start}… ({n} digits)</translation>
    </message>
    <message>
        <source>»{typed}«: året {year} er urimeligt; skriv et år mellem {first} og {last} (fx {example}).</source>
        <translation>»{typed}«: the year {year} is unreasonable; write a year between {first} and {last} (e.g. {example}).</translation>
    </message>
    <message>
        <source>»{typed}« er ikke en dato (skriv fx {example}).</source>
        <translation>»{typed}« is not a date (write e.g. {example}).</translation>
    </message>
    <message>
        <source>Datoen mangler.</source>
        <translation>The date is missing.</translation>
    </message>
    <message>
        <source>»{typed}« er ikke et klokkeslæt (skriv fx 12.00).</source>
        <translation>»{typed}« is not a time of day (write e.g. 12.00).</translation>
    </message>
</context>
<context>
    <name>Decision</name>
    <message>
        <source>Taget til efterretning</source>
        <translation>Noted</translation>
    </message>
    <message>
        <source>Godkendt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Drøftet</source>
        <translation>Discussed</translation>
    </message>
</context>
<context>
    <name>DurationDelegate</name>
    <message>
        <source> min.</source>
        <translation> min.</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>Planlagt</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Dagsorden udsendt</source>
        <translation>Agenda sent</translation>
    </message>
    <message>
        <source>Afholdt</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Referat udsendt</source>
        <translation>Minutes sent</translation>
    </message>
    <message>
        <source>Referat godkendt</source>
        <translation>Minutes approved</translation>
    </message>
    <message>
        <source>Aflyst</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Udkast</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Udsendt</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Godkendt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Velkomst</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Orientering</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Drøftelse</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Beslutning</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Break</translation>
    </message>
    <message>
        <source>Eventuelt</source>
        <translation>AOB</translation>
    </message>
    <message>
        <source>Deltog</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Afbud</source>
        <translation>Apologies</translation>
    </message>
    <message>
        <source>Fraværende</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Stedfortræder</source>
        <translation>Substitute</translation>
    </message>
    <message>
        <source>Fysisk</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Åben</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>I gang</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Lukket</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Opgivet</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>National organisation</source>
        <translation>National organisation</translation>
    </message>
    <message>
        <source>Interesseorganisation</source>
        <translation>Interest organisation</translation>
    </message>
    <message>
        <source>Leverandør</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Anden</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Netværk</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Styregruppe</source>
        <translation>Steering group</translation>
    </message>
    <message>
        <source>Projektgruppe</source>
        <translation>Project group</translation>
    </message>
    <message>
        <source>Arbejdsgruppe</source>
        <translation>Working group</translation>
    </message>
    <message>
        <source>Formand</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Medlem</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Suppleant</source>
        <translation>Alternate member</translation>
    </message>
    <message>
        <source>Sekretariat</source>
        <translation>Secretariat</translation>
    </message>
    <message>
        <source>Observatør</source>
        <translation>Observer</translation>
    </message>
    <message>
        <source>Oplægsholder/gæst</source>
        <translation>Presenter/guest</translation>
    </message>
    <message>
        <source>Projektejer</source>
        <translation>Project owner</translation>
    </message>
    <message>
        <source>Seniorbruger</source>
        <translation>Senior user</translation>
    </message>
    <message>
        <source>Projektleder</source>
        <translation>Project manager</translation>
    </message>
    <message>
        <source>Seniorleverandør</source>
        <translation>Senior supplier</translation>
    </message>
    <message>
        <source>Ny enhedstype</source>
        <translation>New unit type</translation>
    </message>
    <message>
        <source>Ny specialekode</source>
        <translation>New specialty code</translation>
    </message>
    <message>
        <source>Omdøbning</source>
        <translation>Renaming</translation>
    </message>
    <message>
        <source>Præciseret definition</source>
        <translation>Clarified definition</translation>
    </message>
    <message>
        <source>Afklaring</source>
        <translation>Clarification</translation>
    </message>
    <message>
        <source>Nedlæggelse</source>
        <translation>Discontinuation</translation>
    </message>
    <message>
        <source>I høring</source>
        <translation>In consultation</translation>
    </message>
    <message>
        <source>Input modtaget</source>
        <translation>Input received</translation>
    </message>
    <message>
        <source>Sendt til SDS</source>
        <translation>Sent to SDS</translation>
    </message>
    <message>
        <source>Afvist</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Udmeldt i SNOMED-release</source>
        <translation>Announced in SNOMED release</translation>
    </message>
    <message>
        <source>Støtter</source>
        <translation>Supports</translation>
    </message>
    <message>
        <source>Støtter med bemærkninger</source>
        <translation>Supports with remarks</translation>
    </message>
    <message>
        <source>Imod</source>
        <translation>Against</translation>
    </message>
    <message>
        <source>Ingen bemærkninger</source>
        <translation>No remarks</translation>
    </message>
    <message>
        <source>Enhedstype</source>
        <translation>Unit type</translation>
    </message>
    <message>
        <source>Speciale</source>
        <translation>Specialty</translation>
    </message>
    <message>
        <source>Idé</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <source>Gennemførelse</source>
        <translation>Execution</translation>
    </message>
    <message>
        <source>Realisering</source>
        <translation>Benefits realisation</translation>
    </message>
    <message>
        <source>Afsluttet</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Nået</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Udskudt</source>
        <translation>Postponed</translation>
    </message>
    <message>
        <source>Grøn</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Gul</source>
        <translation>Amber</translation>
    </message>
    <message>
        <source>Rød</source>
        <translation>Red</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Søgning er ikke mulig i en {dialect}-database endnu.</source>
        <translation>Search is not possible in a {dialect} database yet.</translation>
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
    <name>Field</name>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Sted</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Noter</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Emne</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Hvad</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Hvem</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Svar</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Kort navn</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Varighed</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>SNOMED-kode</source>
        <translation>SNOMED code</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Relaterede koder</source>
        <translation>Related codes</translation>
    </message>
    <message>
        <source>Modtager</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Oplægsholder</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <source>Bemærkning</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Bemærkningen</source>
        <translation>The note</translation>
    </message>
    <message>
        <source>Beskrivelse</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Beskrivelsen</source>
        <translation>The description</translation>
    </message>
    <message>
        <source>Underpunkt</source>
        <translation>Sub-item</translation>
    </message>
    <message>
        <source>Udpeget af</source>
        <translation>Appointed by</translation>
    </message>
    <message>
        <source>Begrundelse for rettelsen</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <source>Sagsfremstilling</source>
        <translation>Background</translation>
    </message>
    <message>
        <source>Referat</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Beslutning</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Beslutningen</source>
        <translation>The decision</translation>
    </message>
    <message>
        <source>Indstilling</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Projektets navn</source>
        <translation>The project&apos;s name</translation>
    </message>
    <message>
        <source>Dokumentets navn</source>
        <translation>The document&apos;s name</translation>
    </message>
    <message>
        <source>Gruppens navn</source>
        <translation>The group&apos;s name</translation>
    </message>
    <message>
        <source>Datoen</source>
        <translation>The date</translation>
    </message>
    <message>
        <source>Den planlagte dato</source>
        <translation>The planned date</translation>
    </message>
    <message>
        <source>Den faktiske dato</source>
        <translation>The actual date</translation>
    </message>
    <message>
        <source>Statusteksten</source>
        <translation>The status text</translation>
    </message>
    <message>
        <source>Milepælens navn</source>
        <translation>The milestone&apos;s name</translation>
    </message>
    <message>
        <source>Kilden</source>
        <translation>The source</translation>
    </message>
    <message>
        <source>Modellen</source>
        <translation>The model</translation>
    </message>
    <message>
        <source>Risikoen</source>
        <translation>The risk</translation>
    </message>
    <message>
        <source>Sandsynligheden</source>
        <translation>The probability</translation>
    </message>
    <message>
        <source>Konsekvensen</source>
        <translation>The impact</translation>
    </message>
    <message>
        <source>Tiltaget</source>
        <translation>The mitigation</translation>
    </message>
</context>
<context>
    <name>FileSafety</name>
    <message>
        <source>databasens hjælpefil</source>
        <translation>the database&apos;s companion file</translation>
    </message>
    <message>
        <source>databasen</source>
        <translation>the database</translation>
    </message>
    <message>
        <source>Filen {target} er {what} {name}; den må ikke overskrives. Vælg et andet filnavn.</source>
        <translation>The file {target} is {what} {name}; it must not be overwritten. Choose another file name.</translation>
    </message>
    <message>
        <source>Filen</source>
        <translation>The file</translation>
    </message>
    <message>
        <source>{what} findes ikke: {path}</source>
        <translation>{what} does not exist: {path}</translation>
    </message>
    <message>
        <source>{what} kan ikke bruges: {path} {reason}.</source>
        <translation>{what} cannot be used: {path} {reason}.</translation>
    </message>
    <message>
        <source>{what} har et ugyldigt navn (et NUL-tegn).</source>
        <translation>{what} has an invalid name (a NUL character).</translation>
    </message>
    <message>
        <source>Stien er en mappe, ikke en fil: {path}</source>
        <translation>The path is a folder, not a file: {path}</translation>
    </message>
    <message>
        <source>en navngiven pipe (FIFO)</source>
        <translation>a named pipe (FIFO)</translation>
    </message>
    <message>
        <source>en enhed</source>
        <translation>a device</translation>
    </message>
    <message>
        <source>en sokkel</source>
        <translation>a socket</translation>
    </message>
    <message>
        <source>ikke en almindelig fil</source>
        <translation>not a regular file</translation>
    </message>
    <message>
        <source>{what} er {kind}, ikke en almindelig fil: {path}</source>
        <translation>{what} is {kind}, not a regular file: {path}</translation>
    </message>
    <message>
        <source>Databasen</source>
        <translation>The database</translation>
    </message>
    <message>
        <source>Målet</source>
        <translation>The target</translation>
    </message>
    <message>
        <source>Skabelonen</source>
        <translation>The template</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Alle personer</source>
        <translation>All people</translation>
    </message>
    <message>
        <source>Nuværende medlemmer</source>
        <translation>Current members</translation>
    </message>
    <message>
        <source>Tidligere medlemmer</source>
        <translation>Former members</translation>
    </message>
    <message>
        <source>Ikke medlem</source>
        <translation>Not a member</translation>
    </message>
    <message>
        <source>Søg i navn, organisation, region, titel, e-mail …</source>
        <translation>Search name, organisation, region, title, e-mail …</translation>
    </message>
    <message>
        <source>Alle regioner/KKR</source>
        <translation>All regions/KKR</translation>
    </message>
    <message>
        <source>Uden region</source>
        <translation>Without region</translation>
    </message>
    <message>
        <source>Alle roller</source>
        <translation>All roles</translation>
    </message>
    <message>
        <source>Ingen rolle</source>
        <translation>No role</translation>
    </message>
    <message>
        <source>Alle organisationer</source>
        <translation>All organisations</translation>
    </message>
</context>
<context>
    <name>FollowUpPane</name>
    <message>
        <source>Aktionspunkter fra dette møde</source>
        <translation>Action items from this meeting</translation>
    </message>
    <message>
        <source>Nyt …</source>
        <translation>New …</translation>
    </message>
    <message>
        <source>Redigér …</source>
        <translation>Edit …</translation>
    </message>
    <message>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Åbne aktionspunkter fra tidligere møder</source>
        <translation>Open action items from earlier meetings</translation>
    </message>
    <message>
        <source>Emner til næste møde</source>
        <translation>Topics for the next meeting</translation>
    </message>
    <message>
        <source>Nyt emne …</source>
        <translation>New topic …</translation>
    </message>
    <message>
        <source>Emne til næste møde</source>
        <translation>Topic for the next meeting</translation>
    </message>
    <message>
        <source>Emne:</source>
        <translation>Topic:</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Redigér aktionspunkt</source>
        <translation>Edit action item</translation>
    </message>
    <message>
        <source>Nyt aktionspunkt</source>
        <translation>New action item</translation>
    </message>
    <message>
        <source>Redigér møde</source>
        <translation>Edit meeting</translation>
    </message>
    <message>
        <source>Nyt møde</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>fx 18-06-2025</source>
        <translation>e.g. 18-06-2025</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notat</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Hvor står projektet?</source>
        <translation>Where does the project stand?</translation>
    </message>
    <message>
        <source>Milepæl</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>fx 1. styregruppemøde</source>
        <translation>e.g. 1st steering group meeting</translation>
    </message>
    <message>
        <source>Planlagt</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>17-09-2025 eller august 2025</source>
        <translation>17-09-2025 or August 2025</translation>
    </message>
    <message>
        <source>Nået</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>dato, når milepælen er nået</source>
        <translation>date, once the milestone is reached</translation>
    </message>
    <message>
        <source>Bemærkning</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Kilde</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>fx ØA 2026</source>
        <translation>e.g. budget agreement 2026</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>fx K-98-løsning</source>
        <translation>e.g. K-98 solution</translation>
    </message>
    <message>
        <source>Beløb (kr.)</source>
        <translation>Amount (DKK)</translation>
    </message>
    <message>
        <source>valgfrit, fx 250.000</source>
        <translation>optional, e.g. 250,000</translation>
    </message>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>fx 2026</source>
        <translation>e.g. 2026</translation>
    </message>
    <message>
        <source>Risiko</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Sandsynlighed</source>
        <translation>Probability</translation>
    </message>
    <message>
        <source>Konsekvens</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Tiltag</source>
        <translation>Mitigation</translation>
    </message>
    <message>
        <source>Hvad gøres for at mindske risikoen?</source>
        <translation>What is done to reduce the risk?</translation>
    </message>
    <message>
        <source>Åben</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Beslutning</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Truffet af</source>
        <translation>Made by</translation>
    </message>
    <message>
        <source>fx Styregruppen</source>
        <translation>e.g. the steering group</translation>
    </message>
    <message>
        <source>Statusnotat</source>
        <translation>Status note</translation>
    </message>
    <message>
        <source>Finansiering</source>
        <translation>Financing</translation>
    </message>
    <message>
        <source>Nyt projekt</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Projektets navn</source>
        <translation>The project&apos;s name</translation>
    </message>
    <message>
        <source>Beskrivelse</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Ny gruppe</source>
        <translation>New group</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>valgfrit, fx Arbejdsgruppe om test</source>
        <translation>optional, e.g. Working group on testing</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Ny person eller organisation</source>
        <translation>New person or organisation</translation>
    </message>
    <message>
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <source>fx 01-09-2025</source>
        <translation>e.g. 01-09-2025</translation>
    </message>
    <message>
        <source>Person eller organisation</source>
        <translation>Person or organisation</translation>
    </message>
    <message>
        <source>Ny person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>valgfri, fx 01-08-2025</source>
        <translation>optional, e.g. 01-08-2025</translation>
    </message>
    <message>
        <source>Nyt SOR-forslag</source>
        <translation>New SOR proposal</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Udkast fra</source>
        <translation>Draft from</translation>
    </message>
    <message>
        <source>Ret seneste statustrin</source>
        <translation>Correct the latest status step</translation>
    </message>
    <message>
        <source>Ret til</source>
        <translation>Change to</translation>
    </message>
    <message>
        <source>Begrundelse</source>
        <translation>Rationale</translation>
    </message>
    <message>
        <source>Tilføj kode til referencelisten</source>
        <translation>Add code to the reference list</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Søg</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Punkt</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>SOR-forslag på dagsordenspunktet</source>
        <translation>SOR proposals on the agenda item</translation>
    </message>
    <message>
        <source>Forslag</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Ret høringssvar</source>
        <translation>Edit consultation response</translation>
    </message>
    <message>
        <source>Nyt høringssvar</source>
        <translation>New consultation response</translation>
    </message>
    <message>
        <source>Modtaget</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Holdning</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Gælder</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <source>Svar</source>
        <translation>Responses</translation>
    </message>
    <message>
        <source>Ret høringsrunde</source>
        <translation>Edit consultation round</translation>
    </message>
    <message>
        <source>Ny høringsrunde</source>
        <translation>New consultation round</translation>
    </message>
    <message>
        <source>Modtagere</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Noter</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Sendt</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Besvaret</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Tilføj</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Nyt statusnotat …</source>
        <translation>New status note …</translation>
    </message>
    <message>
        <source>Nye milepæle …</source>
        <translation>New milestones …</translation>
    </message>
    <message>
        <source>Ny finansiering …</source>
        <translation>New financing …</translation>
    </message>
    <message>
        <source>Ny risiko …</source>
        <translation>New risk …</translation>
    </message>
    <message>
        <source>Ny beslutning …</source>
        <translation>New decision …</translation>
    </message>
    <message>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Annuller</source>
        <translation>Cancel</translation>
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
        <source>Ændrings&amp;log …</source>
        <translation>Change &amp;log …</translation>
    </message>
    <message>
        <source>Hvem har ændret hvad og hvornår i en fælles database</source>
        <translation>Who changed what and when in a shared database</translation>
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
        <source>Forkortet: (O), (D), (B)</source>
        <translation>Abbreviated: (O), (D), (B)</translation>
    </message>
    <message>
        <source>Skrevet ud: »Til orientering«, »Til drøftelse« …</source>
        <translation>Written out: “For information”, “For discussion” …</translation>
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
        <source>Dokumenter på e&amp;ngelsk</source>
        <translation>Documents in E&amp;nglish</translation>
    </message>
    <message>
        <source>Dagsorden, referat (Word og PDF), oversigt, kalenderfil og indkaldelse på engelsk; SOR-forslag og statusrapport altid på dansk</source>
        <translation>Agenda, minutes (Word and PDF), overview, calendar file and invitation in English; SOR proposals and status report always in Danish</translation>
    </message>
    <message>
        <source>&amp;Forfatter (sekretariatets navn) …</source>
        <translation>Aut&amp;hor (the secretariat&apos;s name) …</translation>
    </message>
</context>
<context>
    <name>GeneralPane</name>
    <message>
        <source>fx 01-03-2025 (valgfri)</source>
        <translation>e.g. 01-03-2025 (optional)</translation>
    </message>
    <message>
        <source>Andre dokumenter, adskilt med komma</source>
        <translation>Other documents, separated by commas</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Beskrivelse</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Projektejer</source>
        <translation>Project owner</translation>
    </message>
    <message>
        <source>Startdato</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Dokumenter</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <source>Tilføj gæst</source>
        <translation>Add guest</translation>
    </message>
    <message>
        <source>Fornavn Efternavn</source>
        <translation>First name Last name</translation>
    </message>
    <message>
        <source>fx Danske Patienter</source>
        <translation>e.g. Danske Patienter</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Oplægsholdere på dagsordenen står øverst. En ny gæst bliver ikke medlem af netværket.</source>
        <translation>Presenters on the agenda are listed first. A new guest does not become a member of the network.</translation>
    </message>
    <message>
        <source>Tilføj</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Vælg en oplægsholder eller en person fra Deltagere:</source>
        <translation>Choose a presenter or a person from Participants:</translation>
    </message>
    <message>
        <source>… eller skriv gæsten:</source>
        <translation>… or type the guest:</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Erstat medlem …</source>
        <translation>Replace member …</translation>
    </message>
    <message>
        <source>Afslut medlemskabet og lad en eller flere overtage pladsen</source>
        <translation>End the membership and let one or more people take over the seat</translation>
    </message>
    <message>
        <source>Velkomsttekst …</source>
        <translation>Welcome text …</translation>
    </message>
    <message>
        <source>Teksten til velkomstpunktet på det valgte møde</source>
        <translation>The text for the welcome item of the selected meeting</translation>
    </message>
    <message>
        <source>Vælg et medlemskab for at se pladsens historik.</source>
        <translation>Select a membership to see the seat&apos;s history.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Ingen rækker kan importeres. Ret filen, og prøv igen.</source>
        <translation>No rows can be imported. Correct the file and try again.</translation>
    </message>
    <message>
        <source>Der importeres intet, så længe der er rækker med fejl: ret filen, eller spring rækkerne over.</source>
        <translation>Nothing is imported while there are rows with errors: correct the file, or skip those rows.</translation>
    </message>
    <message>
        <source>Importen gemmes i ét trin og kan fortrydes.</source>
        <translation>The import is saved in one step and can be undone.</translation>
    </message>
    <message>
        <source>Importér deltagere – {source}</source>
        <translation>Import participants – {source}</translation>
    </message>
    <message>
        <source>Spring de {bad} rækker med fejl over, og importér de {good} gyldige</source>
        <translation>Skip the {bad} rows with errors and import the {good} valid ones</translation>
    </message>
</context>
<context>
    <name>ImportFiles</name>
    <message>
        <source>et Word-dokument</source>
        <translation>a Word document</translation>
    </message>
    <message>
        <source>en PowerPoint-præsentation</source>
        <translation>a PowerPoint presentation</translation>
    </message>
    <message>
        <source>»{name}« er for stor indvendig til en dagsorden: over {n} tekstoperationer; filen læses ikke.</source>
        <translation>»{name}« is too large inside for an agenda: over {n} text operations; the file is not read.</translation>
    </message>
    <message>
        <source>»{name}« er for stor indvendig til en dagsorden: en strøm, der pakker sig ud til over {mb} MB, eller for mange dele; filen læses ikke.</source>
        <translation>»{name}« is too large inside for an agenda: a stream that unpacks to over {mb} MB, or too many parts; the file is not read.</translation>
    </message>
    <message>
        <source>»{name}« kan ikke læses som PDF (filen er beskadiget).</source>
        <translation>»{name}« cannot be read as a PDF (the file is damaged).</translation>
    </message>
    <message>
        <source>»{name}« er beskyttet med adgangskode; gem en udgave uden adgangskode, eller kopiér teksten og sæt den ind.</source>
        <translation>»{name}« is protected by a password; save a copy without a password, or copy the text and paste it in.</translation>
    </message>
    <message>
        <source>»{name}« har {pages} sider; det er ikke en dagsorden (højst {most}).</source>
        <translation>»{name}« has {pages} pages; that is not an agenda (at most {most}).</translation>
    </message>
    <message>
        <source>»{name}« indeholder for meget tekst til at være en dagsorden.</source>
        <translation>»{name}« contains too much text to be an agenda.</translation>
    </message>
    <message>
        <source>et regneark</source>
        <translation>a spreadsheet</translation>
    </message>
    <message>
        <source>»{name}« er ikke et gyldigt Excel-regneark (.xlsx).</source>
        <translation>»{name}« is not a valid Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>»{name}« indeholder for mange dele til {what}.</source>
        <translation>»{name}« contains too many parts for {what}.</translation>
    </message>
    <message>
        <source>»{name}« er et OpenDocument-regneark; gem det som .xlsx.</source>
        <translation>»{name}« is an OpenDocument spreadsheet; save it as .xlsx.</translation>
    </message>
    <message>
        <source>»{name}« indeholder urimeligt mange tekster (over {mb} MB) og åbnes ikke.</source>
        <translation>»{name}« contains unreasonably many texts (over {mb} MB) and is not opened.</translation>
    </message>
    <message>
        <source>»{name}« kan ikke læses som Excel-regneark (filen er beskadiget eller ikke et regneark).</source>
        <translation>»{name}« cannot be read as an Excel workbook (the file is damaged or not a spreadsheet).</translation>
    </message>
    <message>
        <source>»{name}« er krypteret eller pakket på en måde, der ikke kan læses.</source>
        <translation>»{name}« is encrypted or packed in a way that cannot be read.</translation>
    </message>
    <message>
        <source>»{name}« indeholder over {n} forskellige tekster og åbnes ikke; del regnearket op.</source>
        <translation>»{name}« contains over {n} different texts and is not opened; split the spreadsheet up.</translation>
    </message>
    <message>
        <source>»{name}« har over {n} flettede celler; ophæv fletningen, og prøv igen.</source>
        <translation>»{name}« has over {n} merged cells; unmerge them and try again.</translation>
    </message>
    <message>
        <source>over {n} {plural}</source>
        <translation>over {n} {plural}</translation>
    </message>
    <message>
        <source>»{name}« er beskadiget (XML-delen {part} kan ikke læses).</source>
        <translation>»{name}« is damaged (the XML part {part} cannot be read).</translation>
    </message>
    <message>
        <source>»{name}« er for stor til {what}: {limit}; filen åbnes ikke.</source>
        <translation>»{name}« is too large for {what}: {limit}; the file is not opened.</translation>
    </message>
    <message>
        <source>over {n} XML-elementer</source>
        <translation>over {n} XML elements</translation>
    </message>
    <message>
        <source>XML dybere end {n} niveauer</source>
        <translation>XML deeper than {n} levels</translation>
    </message>
    <message>
        <source>over {n} XML-elementer i ét afsnit eller én tabelrække</source>
        <translation>over {n} XML elements in one paragraph or one table row</translation>
    </message>
    <message>
        <source>over {n} tegn tekst</source>
        <translation>over {n} characters of text</translation>
    </message>
    <message>
        <source>over {n} MB XML udpakket</source>
        <translation>over {n} MB of XML unpacked</translation>
    </message>
    <message>
        <source>»{name}« indeholder XML-definitioner, som {what} ikke bruger (mulig XML-bombe), og åbnes ikke.</source>
        <translation>»{name}« contains XML definitions that {what} does not use (possible XML bomb) and is not opened.</translation>
    </message>
    <message>
        <source>»{name}« fylder urimeligt meget udpakket (over {mb} MB eller mulig zip-bombe) og åbnes ikke.</source>
        <translation>»{name}« takes up unreasonably much space unpacked (over {mb} MB or a possible zip bomb) and is not opened.</translation>
    </message>
    <message>
        <source>»{name}« er for stor til {what}: delen {part} fylder {mb} MB udpakket (højst {most} MB); filen åbnes ikke.</source>
        <translation>»{name}« is too large for {what}: the part {part} takes up {mb} MB unpacked (at most {most} MB); the file is not opened.</translation>
    </message>
    <message>
        <source>»{name}« er større end den selv oplyser (mulig zip-bombe).</source>
        <translation>»{name}« is larger than it declares (possible zip bomb).</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>(ny)</source>
        <translation>(new)</translation>
    </message>
</context>
<context>
    <name>ImportSidePanel</name>
    <message>
        <source>Udelad valgte række</source>
        <translation>Leave out the selected row</translation>
    </message>
    <message>
        <source>Ikke forstået</source>
        <translation>Not understood</translation>
    </message>
    <message>
        <source>Alle linjer er brugt eller sprunget over.</source>
        <translation>Every line is used or skipped.</translation>
    </message>
    <message>
        <source>Tilføj som punkt</source>
        <translation>Add as item</translation>
    </message>
    <message>
        <source>Ukendte oplægsholdere</source>
        <translation>Unknown presenters</translation>
    </message>
    <message>
        <source>Står som navn på punktet (gæst). Sæt kryds for at oprette som ny person.</source>
        <translation>Named on the item (guest). Tick to create as a new person.</translation>
    </message>
</context>
<context>
    <name>ImportTargetBox</name>
    <message>
        <source>Hvor skal dagsordenen hen?</source>
        <translation>Where should the agenda go?</translation>
    </message>
    <message>
        <source>Nyt møde den</source>
        <translation>New meeting on</translation>
    </message>
    <message>
        <source>Føj punkterne til det valgte møde</source>
        <translation>Add the items to the selected meeting</translation>
    </message>
    <message>
        <source>kl.</source>
        <translation>at</translation>
    </message>
    <message>
        <source>(ikke en dato)</source>
        <translation>(not a date)</translation>
    </message>
    <message>
        <source>Føj punkterne til det valgte møde: {day} {title}</source>
        <translation>Add the items to the selected meeting: {day} {title}</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <source>Teksten er for lang til en liste af navne (højst {most} tegn).</source>
        <translation>The text is too long for a list of names (at most {most} characters).</translation>
    </message>
    <message>
        <source>Listen har {n} navne; højst {most} kan sættes ind ad gangen.</source>
        <translation>The list has {n} names; at most {most} can be pasted at a time.</translation>
    </message>
</context>
<context>
    <name>ItemChoiceDialog</name>
    <message>
        <source>Skriv for at afgrænse …</source>
        <translation>Type to narrow down …</translation>
    </message>
</context>
<context>
    <name>ItemPane</name>
    <message>
        <source>Faktisk tid</source>
        <translation>Actual time</translation>
    </message>
    <message>
        <source>Indstilling</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Referat</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Beslutning</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Sagens baggrund til dagsordenen (valgfri)</source>
        <translation>The background for the agenda (optional)</translation>
    </message>
    <message>
        <source>Sekretariatet indstiller, at netværket …</source>
        <translation>The secretariat recommends that the network …</translation>
    </message>
    <message>
        <source>Indsæt velkomst af nye medlemmer</source>
        <translation>Insert welcome of new members</translation>
    </message>
    <message>
        <source>Tilføj »… som har overtaget pladsen efter …« for de medlemmer, der er kommet til siden forrige møde</source>
        <translation>Add “… who has taken over the seat from …” for the members who joined since the previous meeting</translation>
    </message>
    <message>
        <source>Oplægsholdere</source>
        <translation>Presenters</translation>
    </message>
    <message>
        <source>Underpunkter</source>
        <translation>Sub-items</translation>
    </message>
    <message>
        <source>Sagsfremstilling</source>
        <translation>Background</translation>
    </message>
    <message>
        <source>Bilag</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Navn, Organisation; Navn, Organisation</source>
        <translation>Name, Organisation; Name, Organisation</translation>
    </message>
    <message>
        <source>Vedhæft …</source>
        <translation>Attach …</translation>
    </message>
    <message>
        <source>Vedhæft filer (fx præsentationen); de gemmes i databasen</source>
        <translation>Attach files (e.g. the presentation); they are stored in the database</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Vælg et punkt på dagsordenen.</source>
        <translation>Select an item on the agenda.</translation>
    </message>
    <message>
        <source>Faktisk tid fra {start}</source>
        <translation>Actual time from {start}</translation>
    </message>
    <message>
        <source>Faktisk tid {start}–{end}</source>
        <translation>Actual time {start}–{end}</translation>
    </message>
    <message>
        <source>Skriver beslutningen i referatet (på dansk)</source>
        <translation>Writes this decision into the minutes (in Danish)</translation>
    </message>
    <message>
        <source>Bilag {number}: {name}</source>
        <translation>Attachment {number}: {name}</translation>
    </message>
</context>
<context>
    <name>ItemSteps</name>
    <message>
        <source>Dagsorden</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Nyt punkt</source>
        <translation>New item</translation>
    </message>
    <message>
        <source>Nyt underpunkt</source>
        <translation>New sub-item</translation>
    </message>
    <message>
        <source>Dupliker</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Flyt op</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Flyt ned</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Gør til underpunkt</source>
        <translation>Make a sub-item</translation>
    </message>
    <message>
        <source>Gør til punkt</source>
        <translation>Make an item</translation>
    </message>
    <message>
        <source>Ingen nye medlemmer siden forrige møde.</source>
        <translation>No new members since the previous meeting.</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>Punktet er allerede knyttet til projektet.</source>
        <translation>The item is already linked to the project.</translation>
    </message>
    <message>
        <source>{name} har endnu ingen statusnotat.</source>
        <translation>{name} has no status note yet.</translation>
    </message>
    <message>
        <source>Den seneste status står allerede i punktets beskrivelse.</source>
        <translation>The latest status is already in the item&apos;s description.</translation>
    </message>
</context>
<context>
    <name>LinksPane</name>
    <message>
        <source>Gå til punktet</source>
        <translation>Go to the item</translation>
    </message>
    <message>
        <source>Fjern kobling</source>
        <translation>Remove link</translation>
    </message>
    <message>
        <source>Møder, hvor projektet er præsenteret. Knyt et punkt til projektet fra punktet på Dagsorden-fanen.</source>
        <translation>Meetings where the project was presented. Link an item to the project from the item on the Agenda tab.</translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <source>Mødeleders visning</source>
        <translation>Chair&apos;s view</translation>
    </message>
    <message>
        <source>← Tilbage</source>
        <translation>← Back</translation>
    </message>
    <message>
        <source>Forrige punkt</source>
        <translation>Previous item</translation>
    </message>
    <message>
        <source>Næste →</source>
        <translation>Next →</translation>
    </message>
    <message>
        <source>Næste punkt</source>
        <translation>Next item</translation>
    </message>
    <message>
        <source>Fuld skærm (F11)</source>
        <translation>Full screen (F11)</translation>
    </message>
    <message>
        <source>Skift mellem fuld skærm og vindue</source>
        <translation>Switch between full screen and window</translation>
    </message>
    <message>
        <source>Luk (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Luk mødeleders visning</source>
        <translation>Close the chair&apos;s view</translation>
    </message>
    <message>
        <source>Mødet findes ikke længere.</source>
        <translation>The meeting no longer exists.</translation>
    </message>
    <message>
        <source>Esc: luk</source>
        <translation>Esc: close</translation>
    </message>
    <message>
        <source>Mødeleders visning – {app}</source>
        <translation>Chair’s view – {app}</translation>
    </message>
    <message>
        <source>Afslut mødet kl. {time}</source>
        <translation>End the meeting at {time}</translation>
    </message>
    <message>
        <source>Begynd mødet: {title}</source>
        <translation>Start the meeting: {title}</translation>
    </message>
    <message>
        <source>Næste punkt: {title}</source>
        <translation>Next item: {title}</translation>
    </message>
    <message>
        <source>Tilbage til {title}</source>
        <translation>Back to {title}</translation>
    </message>
    <message>
        <source>Tilbage: mødet er ikke begyndt</source>
        <translation>Back: the meeting has not started</translation>
    </message>
    <message>
        <source>Til orientering</source>
        <translation>For information</translation>
    </message>
    <message>
        <source>Til drøftelse</source>
        <translation>For discussion</translation>
    </message>
    <message>
        <source>Til beslutning</source>
        <translation>For decision</translation>
    </message>
    <message>
        <source>Mellemrum, → eller PageDown: næste punkt  ·  ← eller PageUp: tilbage  ·  Esc: luk</source>
        <translation>Space, → or PageDown: next item  ·  ← or PageUp: back  ·  Esc: close</translation>
    </message>
    <message>
        <source>Punkt {number} · {kind}</source>
        <translation>Item {number} · {kind}</translation>
    </message>
    <message>
        <source>v. {names}</source>
        <translation>by {names}</translation>
    </message>
    <message>
        <source>… og {rest} mere</source>
        <translation>… and {rest} more</translation>
    </message>
    <message>
        <source>Næste: mødets afslutning, planlagt kl. {time}</source>
        <translation>Next: the end of the meeting, planned at {time}</translation>
    </message>
    <message>
        <source>kl. {time}</source>
        <translation>{time}</translation>
    </message>
    <message>
        <source>Næste: {what}</source>
        <translation>Next: {what}</translation>
    </message>
    <message>
        <source>Til tiden</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>{minutes} min. bagud</source>
        <translation>{minutes} min. behind</translation>
    </message>
    <message>
        <source>{minutes} min. foran</source>
        <translation>{minutes} min. ahead</translation>
    </message>
    <message>
        <source>Planlagt slut kl. {time}</source>
        <translation>Planned end {time}</translation>
    </message>
    <message>
        <source>Forventet slut kl. {time} (planlagt kl. {planned})</source>
        <translation>Expected end {time} (planned {planned})</translation>
    </message>
    <message>
        <source>Ingen punkter</source>
        <translation>No items</translation>
    </message>
    <message>
        <source>Mødet har ingen punkter på dagsordenen.</source>
        <translation>The meeting has no items on its agenda.</translation>
    </message>
    <message>
        <source>planlagt kl. {start}–{end}</source>
        <translation>planned {start}–{end}</translation>
    </message>
    <message>
        <source>tilbage af {minutes} min.</source>
        <translation>left of {minutes} min.</translation>
    </message>
    <message>
        <source>over tiden ({minutes} min.)</source>
        <translation>over time ({minutes} min.)</translation>
    </message>
    <message>
        <source>Mødet er ikke begyndt</source>
        <translation>The meeting has not started</translation>
    </message>
    <message>
        <source>Punktet er ikke begyndt</source>
        <translation>The item has not started</translation>
    </message>
    <message>
        <source>Mellemrum begynder punktet</source>
        <translation>Space starts the item</translation>
    </message>
    <message>
        <source>Mødet begynder kl. {time}</source>
        <translation>The meeting starts at {time}</translation>
    </message>
    <message>
        <source>Sluttede til tiden (planlagt kl. {planned})</source>
        <translation>Ended on time (planned {planned})</translation>
    </message>
    <message>
        <source>Sluttede {minutes} min. over tiden (planlagt kl. {planned})</source>
        <translation>Ended {minutes} min. over time (planned {planned})</translation>
    </message>
    <message>
        <source>Sluttede {minutes} min. før tiden (planlagt kl. {planned})</source>
        <translation>Ended {minutes} min. early (planned {planned})</translation>
    </message>
    <message>
        <source>Mødet er slut</source>
        <translation>The meeting is over</translation>
    </message>
    <message>
        <source>Mødet sluttede kl. {time}</source>
        <translation>The meeting ended at {time}</translation>
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
    <name>MeetingActions</name>
    <message>
        <source>Nyt møde fra forrige</source>
        <translation>New meeting from the previous one</translation>
    </message>
    <message>
        <source>Dato for det nye møde (faste punkter, emner til næste møde og åbne aktionspunkter tages med fra det valgte møde):</source>
        <translation>Date of the new meeting (standing items, topics for the next meeting and open action items are carried over from the selected meeting):</translation>
    </message>
    <message>
        <source>Udsend referat</source>
        <translation>Send out minutes</translation>
    </message>
    <message>
        <source>Dato for udsendelsen af referatet (det er foreløbigt, indtil næste møde godkender det):</source>
        <translation>Date the minutes are sent (they are provisional until the next meeting approves them):</translation>
    </message>
    <message>
        <source>Slet møde</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <source>Referat godkendt på mødet {day}</source>
        <translation>Minutes approved at the meeting of {day}</translation>
    </message>
    <message>
        <source>Referat udsendt {day} (foreløbigt)</source>
        <translation>Minutes sent {day} (preliminary)</translation>
    </message>
    <message>
        <source>Referat: udkast</source>
        <translation>Minutes: draft</translation>
    </message>
    <message>
        <source>Referat: mødet er ikke holdt endnu</source>
        <translation>Minutes: the meeting has not been held yet</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>Mødeleder: {name}</source>
        <translation>Chair: {name}</translation>
    </message>
    <message>
        <source>Referent: {name}</source>
        <translation>Minute-taker: {name}</translation>
    </message>
    <message>
        <source>Slet mødet {day} med dagsorden, referat og fremmøde?
Du kan fortryde med Ctrl+Z.</source>
        <translation>Delete the meeting of {day} with its agenda, minutes and attendance?
You can undo with Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>fx KL, Weidekampsgade 10, København S</source>
        <translation>e.g. KL, Weidekampsgade 10, Copenhagen S</translation>
    </message>
    <message>
        <source>Link til onlinemøde (valgfrit)</source>
        <translation>Link to online meeting (optional)</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Starter kl.</source>
        <translation>Starts at</translation>
    </message>
    <message>
        <source>Slutter kl.</source>
        <translation>Ends at</translation>
    </message>
    <message>
        <source>Sted</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mødeleder</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Referent</source>
        <translation>Minute-taker</translation>
    </message>
    <message>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>MeetingsPane</name>
    <message>
        <source>Gå til punktet</source>
        <translation>Go to the item</translation>
    </message>
    <message>
        <source>Knyt til dagsordenspunkt …</source>
        <translation>Link to agenda item …</translation>
    </message>
    <message>
        <source>Fjern tilknytning</source>
        <translation>Remove link</translation>
    </message>
    <message>
        <source>Møder, hvor forslaget har været på dagsordenen:</source>
        <translation>Meetings where the proposal has been on the agenda:</translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <source>&amp;Gruppe:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <source>&amp;Rolle:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Udpeget af:</source>
        <translation>&amp;Appointed by:</translation>
    </message>
    <message>
        <source>&amp;Fra:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Til:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Bemærkning:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Ret medlemskab – {name}</source>
        <translation>Edit membership – {name}</translation>
    </message>
    <message>
        <source>Nyt medlemskab – {name}</source>
        <translation>New membership – {name}</translation>
    </message>
</context>
<context>
    <name>MembershipPanel</name>
    <message>
        <source>Medlemskaber</source>
        <translation>Memberships</translation>
    </message>
    <message>
        <source>Nyt medlemskab …</source>
        <translation>New membership …</translation>
    </message>
    <message>
        <source>Ret …</source>
        <translation>Edit …</translation>
    </message>
    <message>
        <source>Erstat medlem …</source>
        <translation>Replace member …</translation>
    </message>
    <message>
        <source>Afslut medlemskabet og lad en eller flere overtage pladsen</source>
        <translation>End the membership and let one or more people take over the seat</translation>
    </message>
    <message>
        <source>Afslut i dag</source>
        <translation>End today</translation>
    </message>
    <message>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>MilestonePage</name>
    <message>
        <source>Gem tidslinje som PNG …</source>
        <translation>Save timeline as PNG …</translation>
    </message>
    <message>
        <source>Vis:</source>
        <translation>Show:</translation>
    </message>
</context>
<context>
    <name>MilestoneRows</name>
    <message>
        <source>Én milepæl pr. række: en dag (17-09-2025) eller en måned (august 2025). En ny række foreslår måneden efter rækken over og samme status; Tab i sidste felt giver en ny række. Bemærkninger skrives bagefter ved at dobbeltklikke på milepælen.</source>
        <translation>One milestone per row: a day (17-09-2025) or a month (august 2025). A new row proposes the month after the row above and the same status; Tab in the last field gives a new row. Remarks are written afterwards by double-clicking the milestone.</translation>
    </message>
</context>
<context>
    <name>MilestoneRowsDialog</name>
    <message>
        <source>Nye milepæle</source>
        <translation>New milestones</translation>
    </message>
    <message>
        <source>Milepæl</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Dato eller måned</source>
        <translation>Date or month</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nået den</source>
        <translation>Reached on</translation>
    </message>
    <message>
        <source>Ny række</source>
        <translation>New row</translation>
    </message>
</context>
<context>
    <name>NewProposalDialog</name>
    <message>
        <source>fx Ny enhedstype: lettilgængelige tilbud</source>
        <translation>e.g. New unit type: easily accessible services</translation>
    </message>
    <message>
        <source>Datoen for forløbets første trin, Udkast</source>
        <translation>The date of the process&apos;s first step, Draft</translation>
    </message>
</context>
<context>
    <name>NotFound</name>
    <message>
        <source>Dagsordenspunktet findes ikke længere.</source>
        <translation>The agenda item no longer exists.</translation>
    </message>
    <message>
        <source>Bilaget findes ikke længere.</source>
        <translation>The attachment no longer exists.</translation>
    </message>
    <message>
        <source>Mødet findes ikke længere.</source>
        <translation>The meeting no longer exists.</translation>
    </message>
    <message>
        <source>Punktet findes ikke længere.</source>
        <translation>The item no longer exists.</translation>
    </message>
    <message>
        <source>Det forrige møde findes ikke længere.</source>
        <translation>The previous meeting no longer exists.</translation>
    </message>
    <message>
        <source>Personen findes ikke længere.</source>
        <translation>The person no longer exists.</translation>
    </message>
    <message>
        <source>Aktionspunktet findes ikke længere.</source>
        <translation>The action item no longer exists.</translation>
    </message>
    <message>
        <source>Emnet findes ikke længere.</source>
        <translation>The topic no longer exists.</translation>
    </message>
    <message>
        <source>Projektet findes ikke længere.</source>
        <translation>The project no longer exists.</translation>
    </message>
    <message>
        <source>Koblingen findes ikke længere.</source>
        <translation>The link no longer exists.</translation>
    </message>
    <message>
        <source>Projektet eller punktet findes ikke længere.</source>
        <translation>The project or the item no longer exists.</translation>
    </message>
    <message>
        <source>Forslaget findes ikke længere.</source>
        <translation>The proposal no longer exists.</translation>
    </message>
    <message>
        <source>Medlemskabet findes ikke længere.</source>
        <translation>The membership no longer exists.</translation>
    </message>
    <message>
        <source>Gruppen findes ikke længere.</source>
        <translation>The group no longer exists.</translation>
    </message>
    <message>
        <source>En af de valgte personer findes ikke længere.</source>
        <translation>One of the chosen people no longer exists.</translation>
    </message>
    <message>
        <source>Personen findes ikke længere i registret.</source>
        <translation>The person is no longer in the register.</translation>
    </message>
    <message>
        <source>Organisationen findes ikke længere i registret.</source>
        <translation>The organisation is no longer in the register.</translation>
    </message>
    <message>
        <source>Pladsen findes ikke længere.</source>
        <translation>The seat no longer exists.</translation>
    </message>
    <message>
        <source>Rækken findes ikke længere.</source>
        <translation>The row no longer exists.</translation>
    </message>
    <message>
        <source>{name} findes ikke længere i registret.</source>
        <translation>{name} is no longer in the register.</translation>
    </message>
    <message>
        <source>Gruppen hører ikke til projektet.</source>
        <translation>The group does not belong to the project.</translation>
    </message>
    <message>
        <source>Koden findes ikke længere.</source>
        <translation>The code no longer exists.</translation>
    </message>
    <message>
        <source>Høringssvaret findes ikke længere.</source>
        <translation>The consultation answer no longer exists.</translation>
    </message>
    <message>
        <source>Høringsrunden findes ikke længere.</source>
        <translation>The consultation round no longer exists.</translation>
    </message>
    <message>
        <source>Et af de valgte forslag findes ikke længere.</source>
        <translation>One of the chosen proposals no longer exists.</translation>
    </message>
    <message>
        <source>»{name}« passer på flere projekter: {names}. Skriv mere af navnet.</source>
        <translation>»{name}« fits several projects: {names}. Write more of the name.</translation>
    </message>
    <message>
        <source>ingen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Der er intet projekt, der hedder »{name}« (projekter: {names}).</source>
        <translation>There is no project called »{name}« (projects: {names}).</translation>
    </message>
</context>
<context>
    <name>OrgPane</name>
    <message>
        <source>Gruppe / medlem</source>
        <translation>Group / member</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Ny gruppe …</source>
        <translation>New group …</translation>
    </message>
    <message>
        <source>Tilføj medlem …</source>
        <translation>Add member …</translation>
    </message>
    <message>
        <source>Indsæt navne …</source>
        <translation>Paste names …</translation>
    </message>
    <message>
        <source>Skift rolle …</source>
        <translation>Change role …</translation>
    </message>
    <message>
        <source>Erstat …</source>
        <translation>Replace …</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Ny organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <source>(ingen region)</source>
        <translation>(no region)</translation>
    </message>
    <message>
        <source>&amp;Navn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kort navn:</source>
        <translation>&amp;Short name:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
</context>
<context>
    <name>OrganisationPicker</name>
    <message>
        <source>Ny organisation …</source>
        <translation>New organisation …</translation>
    </message>
    <message>
        <source>(ingen organisation)</source>
        <translation>(no organisation)</translation>
    </message>
    <message>
        <source>Skriv for at søge …</source>
        <translation>Type to search …</translation>
    </message>
</context>
<context>
    <name>PaneHints</name>
    <message>
        <source>Projektet har ingen organisation endnu. Opret styregruppen med »Ny gruppe …«, eller sæt organiseringen ind fra et dias eller en e-mail med »Indsæt navne …« (grupperne oprettes med det samme).</source>
        <translation>The project has no organisation yet. Create the steering group with “New group …”, or paste the organisation from a slide or an e-mail with “Paste names …” (the groups are created at once).</translation>
    </message>
    <message>
        <source>Der er ingen i {group} endnu. Vælg gruppen, og tilføj en person med »Tilføj medlem …« (»Ny person …« opretter en, der ikke er i registret), eller sæt en liste af navne ind med »Indsæt navne …«.</source>
        <translation>There is no one in {group} yet. Select the group and add a person with “Add member …” (“New person …” creates one who is not in the register), or paste a list of names with “Paste names …”.</translation>
    </message>
    <message>
        <source>Der er ingen risici registreret for projektet. Tilføj den første med »Ny risiko …« og giv den sandsynlighed og konsekvens fra 1 til 5.</source>
        <translation>No risks are recorded for the project. Add the first with “New risk …” and give it a likelihood and an impact from 1 to 5.</translation>
    </message>
    <message>
        <source>{name}n</source>
        <translation>the {name}</translation>
    </message>
    <message>
        <source>gruppen »{name}«</source>
        <translation>the group “{name}”</translation>
    </message>
</context>
<context>
    <name>PartPane</name>
    <message>
        <source>Ret …</source>
        <translation>Edit …</translation>
    </message>
    <message>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>Participants</name>
    <message>
        <source>{bad} af {rows} rækker har fejl; intet er importeret.</source>
        <translation>{bad} of {rows} rows have errors; nothing was imported.</translation>
    </message>
    <message>
        <source>Der er ingen gyldige rækker at importere.</source>
        <translation>There are no valid rows to import.</translation>
    </message>
    <message>
        <source>Rollen kan ikke bruges i netværket.</source>
        <translation>The role cannot be used in the network.</translation>
    </message>
    <message>
        <source>Slutdatoen ligger før startdatoen.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <source>Vælg mindst én person, der overtager pladsen.</source>
        <translation>Choose at least one person to take over the seat.</translation>
    </message>
    <message>
        <source>Den samme person er valgt to gange.</source>
        <translation>The same person is chosen twice.</translation>
    </message>
    <message>
        <source>en anden</source>
        <translation>someone else</translation>
    </message>
    <message>
        <source>Pladsen er allerede overtaget af {names}; erstat den nye indehaver i stedet.</source>
        <translation>The seat has already been taken over by {names}; replace the new holder instead.</translation>
    </message>
    <message>
        <source>Datoen ligger før medlemskabet begyndte ({start}).</source>
        <translation>The date is before the membership began ({start}).</translation>
    </message>
    <message>
        <source>{name} kan ikke overtage sin egen plads.</source>
        <translation>{name} cannot take over their own seat.</translation>
    </message>
    <message>
        <source>{name} har allerede en plads som {role} i gruppen.</source>
        <translation>{name} already has a seat as {role} in the group.</translation>
    </message>
</context>
<context>
    <name>ParticipantsFile</name>
    <message>
        <source>»{name}« er en mappe, ikke en fil.</source>
        <translation>»{name}« is a folder, not a file.</translation>
    </message>
    <message>
        <source>Filen kan ikke læses som tekst (UTF-16).</source>
        <translation>The file cannot be read as text (UTF-16).</translation>
    </message>
    <message>
        <source>Linje {line} har en anden tegnkodning end resten af filen ({odd} mod {rest}), så æ, ø og å kan være læst forkert; gem filen som UTF-8, og prøv igen.</source>
        <translation>Line {line} has a different character encoding from the rest of the file ({odd} against {rest}), so æ, ø and å may have been read wrongly; save the file as UTF-8 and try again.</translation>
    </message>
    <message>
        <source>Feltet i linje {line} er for langt (over {n} tegn).</source>
        <translation>The field in line {line} is too long (over {n} characters).</translation>
    </message>
    <message>
        <source>Linje {line} indeholder et NUL-tegn; filen er ikke en tekstfil.</source>
        <translation>Line {line} contains a NUL character; the file is not a text file.</translation>
    </message>
    <message>
        <source>Et anførselstegn lukkes aldrig (filen er læst til linje {line}); ret filen, så intet bliver læst forkert.</source>
        <translation>A quotation mark is never closed (the file was read to line {line}); correct the file so that nothing is read wrongly.</translation>
    </message>
    <message>
        <source>Linje {line} kan ikke læses som CSV; tjek anførselstegnene.</source>
        <translation>Line {line} cannot be read as CSV; check the quotation marks.</translation>
    </message>
    <message>
        <source>Filen »{name}« er for stor (højst {most} MB).</source>
        <translation>The file »{name}« is too large (at most {most} MB).</translation>
    </message>
    <message>
        <source>Filen har mere end {n} linjer; del den op.</source>
        <translation>The file has more than {n} lines; split it up.</translation>
    </message>
    <message>
        <source>Linje {line} har over {n} felter; filen er ikke en deltagerliste.</source>
        <translation>Line {line} has over {n} fields; the file is not a list of participants.</translation>
    </message>
    <message>
        <source>Filen »{name}« er tom.</source>
        <translation>The file »{name}« is empty.</translation>
    </message>
    <message>
        <source>Filen »{name}« er for stor ({size} MB; højst {most} MB).</source>
        <translation>The file »{name}« is too large ({size} MB; at most {most} MB).</translation>
    </message>
    <message>
        <source>Filen findes ikke: {path}</source>
        <translation>The file does not exist: {path}</translation>
    </message>
    <message>
        <source>Filen kan ikke læses (ingen adgang): {path}</source>
        <translation>The file cannot be read (no access): {path}</translation>
    </message>
    <message>
        <source>Filen kan ikke læses: {path} {reason}.</source>
        <translation>The file cannot be read: {path} {reason}.</translation>
    </message>
    <message>
        <source>»{name}« er beskyttet med adgangskode (krypteret); gem den i Excel uden adgangskode, og prøv igen.</source>
        <translation>»{name}« is protected by a password (encrypted); save it in Excel without a password and try again.</translation>
    </message>
    <message>
        <source>Filen er i det gamle Excel-format (.xls); gem den som .xlsx eller .csv.</source>
        <translation>The file is in the old Excel format (.xls); save it as .xlsx or .csv.</translation>
    </message>
    <message>
        <source>»{name}« hedder .xlsx, men er ikke et Excel-regneark.</source>
        <translation>»{name}« is called .xlsx but is not an Excel workbook.</translation>
    </message>
    <message>
        <source>»{name}« er ikke et regneark; brug .xlsx eller .csv.</source>
        <translation>»{name}« is not a spreadsheet; use .xlsx or .csv.</translation>
    </message>
    <message>
        <source>»{name}« er hverken et regneark (.xlsx) eller en tekstfil (.csv).</source>
        <translation>»{name}« is neither a spreadsheet (.xlsx) nor a text file (.csv).</translation>
    </message>
    <message>
        <source>Kolonnen »{label}« står to gange (kolonne {first} og {second}).</source>
        <translation>The column »{label}« appears twice (columns {first} and {second}).</translation>
    </message>
    <message>
        <source>Kolonnen »Navn« mangler; fandt: {seen}.</source>
        <translation>The column »Navn« (name) is missing; found: {seen}.</translation>
    </message>
    <message>
        <source>Kolonnen »Navn« mangler; første række er tom.</source>
        <translation>The column »Navn« (name) is missing; the first row is empty.</translation>
    </message>
    <message>
        <source>Filen har mere end {n} rækker; del den op.</source>
        <translation>The file has more than {n} rows; split it up.</translation>
    </message>
    <message>
        <source>Filen »{name}« har overskrifter, men ingen rækker med deltagere.</source>
        <translation>The file »{name}« has headings but no rows with participants.</translation>
    </message>
    <message>
        <source>Arket har for mange flettede celler; ophæv fletningen, og prøv igen.</source>
        <translation>The sheet has too many merged cells; unmerge them and try again.</translation>
    </message>
    <message>
        <source>»{name}« kan ikke læses som Excel-regneark ({reason}).</source>
        <translation>»{name}« cannot be read as an Excel workbook ({reason}).</translation>
    </message>
    <message>
        <source>filen indeholder XML-definitioner, som et regneark ikke bruger</source>
        <translation>the file contains XML definitions that a spreadsheet does not use</translation>
    </message>
    <message>
        <source>filen er beskadiget eller ikke et regneark</source>
        <translation>the file is damaged or not a spreadsheet</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <source>Deltagere</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Ny person …</source>
        <translation>New person …</translation>
    </message>
    <message>
        <source>Ret …</source>
        <translation>Edit …</translation>
    </message>
    <message>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Importér …</source>
        <translation>Import …</translation>
    </message>
    <message>
        <source>Importér deltagere fra et regneark (.xlsx) eller en CSV-fil</source>
        <translation>Import participants from a spreadsheet (.xlsx) or a CSV file</translation>
    </message>
    <message>
        <source>Kopiér e-mailadresser</source>
        <translation>Copy e-mail addresses</translation>
    </message>
    <message>
        <source>Nuværende medlemmers e-mailadresser, klar til Outlook</source>
        <translation>Current members&apos; e-mail addresses, ready for Outlook</translation>
    </message>
    <message>
        <source>Eksportér oversigt …</source>
        <translation>Export overview …</translation>
    </message>
    <message>
        <source>Excel-oversigt: medlemmer, historik og fremmøde</source>
        <translation>Excel overview: members, history and attendance</translation>
    </message>
    <message>
        <source>Personer</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Medlemshistorik</source>
        <translation>Membership history</translation>
    </message>
    <message>
        <source>Fremmøde</source>
        <translation>Attendance</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <source>Indsæt flere SOR-forslag</source>
        <translation>Paste several SOR proposals</translation>
    </message>
    <message>
        <source>Datoen for forslagenes første trin, Udkast</source>
        <translation>The date of the proposals&apos; first step, Draft</translation>
    </message>
    <message>
        <source>Forhåndsvisning</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Udkast fra</source>
        <translation>Draft from</translation>
    </message>
    <message>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Det bliver oprettet (dobbeltklik for at rette titel, type, navn eller kode; fjern fluebenet ved en linje, der ikke er et forslag):</source>
        <translation>This will be created (double-click to correct the title, type, name or code; untick a line that is not a proposal):</translation>
    </message>
</context>
<context>
    <name>PendingSaves</name>
    <message>
        <source>»{step}« blev ikke gemt, da forbindelsen kom igen: {reason}</source>
        <translation>»{step}« was not saved when the connection came back: {reason}</translation>
    </message>
    <message>
        <source>Din tekst: »{value}«</source>
        <translation>Your text: »{value}«</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>{field} »{text}« ligner ikke en e-mailadresse (skriv fx navn@kommune.dk).</source>
        <translation>{field} »{text}« does not look like an e-mail address (write e.g. name@kommune.dk).</translation>
    </message>
    <message>
        <source>{field} »{text}« er ikke et telefonnummer (brug cifre, mellemrum og +).</source>
        <translation>{field} »{text}« is not a phone number (use digits, spaces and +).</translation>
    </message>
    <message>
        <source>Organisationen findes ikke længere.</source>
        <translation>The organisation no longer exists.</translation>
    </message>
    <message>
        <source>Ukendt region »{region}«.</source>
        <translation>Unknown region »{region}«.</translation>
    </message>
    <message>
        <source>Organisationen »{name}« findes allerede.</source>
        <translation>The organisation »{name}« already exists.</translation>
    </message>
    <message>
        <source>»{name}« er referencedata og kan ikke slettes.</source>
        <translation>»{name}« is reference data and cannot be deleted.</translation>
    </message>
    <message>
        <source>»{name}« har selv en plads i en gruppe og kan ikke slettes.</source>
        <translation>»{name}« holds a seat in a group itself and cannot be deleted.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>navn@kommune.dk</source>
        <translation>name@kommune.dk</translation>
    </message>
    <message>
        <source>&amp;Navn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Tele&amp;fon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>N&amp;oter:</source>
        <translation>N&amp;otes:</translation>
    </message>
</context>
<context>
    <name>PersonUsage</name>
    <message>
        <source>{what} slettes.</source>
        <translation>{what} will be deleted.</translation>
    </message>
    <message>
        <source>Navnet står fortsat som tekst ved {what}.</source>
        <translation>The name stays as text in {what}.</translation>
    </message>
</context>
<context>
    <name>ProjectLinks</name>
    <message>
        <source>Gå til projektet</source>
        <translation>Go to the project</translation>
    </message>
    <message>
        <source>Indsæt seneste status</source>
        <translation>Insert latest status</translation>
    </message>
    <message>
        <source>Tilføj projektets seneste statusnotat til punktets beskrivelse</source>
        <translation>Add the project&apos;s latest status note to the item&apos;s description</translation>
    </message>
    <message>
        <source>Fjern kobling</source>
        <translation>Remove link</translation>
    </message>
    <message>
        <source>Knyt punktet til et projekt …</source>
        <translation>Link the item to a project …</translation>
    </message>
</context>
<context>
    <name>ProjectList</name>
    <message>
        <source> – forsinket</source>
        <translation> – delayed</translation>
    </message>
</context>
<context>
    <name>ProjectParts</name>
    <message>
        <source>statusnotat</source>
        <translation>status note</translation>
    </message>
    <message>
        <source>milepæl</source>
        <translation>milestone</translation>
    </message>
    <message>
        <source>finansiering</source>
        <translation>financing</translation>
    </message>
    <message>
        <source>risiko</source>
        <translation>risk</translation>
    </message>
    <message>
        <source>beslutning</source>
        <translation>decision</translation>
    </message>
    <message>
        <source>Nyt statusnotat</source>
        <translation>New status note</translation>
    </message>
    <message>
        <source>Ny milepæl</source>
        <translation>New milestone</translation>
    </message>
    <message>
        <source>Ny finansiering</source>
        <translation>New financing</translation>
    </message>
    <message>
        <source>Ny risiko</source>
        <translation>New risk</translation>
    </message>
    <message>
        <source>Ny beslutning</source>
        <translation>New decision</translation>
    </message>
    <message>
        <source>{n} nye statusnotater</source>
        <translation>{n} new status notes</translation>
    </message>
    <message>
        <source>{n} nye milepæle</source>
        <translation>{n} new milestones</translation>
    </message>
    <message>
        <source>{n} nye finansieringer</source>
        <translation>{n} new financings</translation>
    </message>
    <message>
        <source>{n} nye risici</source>
        <translation>{n} new risks</translation>
    </message>
    <message>
        <source>{n} nye beslutninger</source>
        <translation>{n} new decisions</translation>
    </message>
</context>
<context>
    <name>Projects</name>
    <message>
        <source>Et projekt kan have styregruppe, projektgruppe og arbejdsgrupper.</source>
        <translation>A project can have a steering group, a project group and working groups.</translation>
    </message>
    <message>
        <source>Vælg en person eller en organisation.</source>
        <translation>Choose a person or an organisation.</translation>
    </message>
    <message>
        <source>Rollen kan ikke bruges i en projektgruppe.</source>
        <translation>The role cannot be used in a project group.</translation>
    </message>
    <message>
        <source>{name} har allerede rollen {role} i gruppen.</source>
        <translation>{name} already has the role {role} in the group.</translation>
    </message>
    <message>
        <source>Organisationen har allerede den rolle i gruppen.</source>
        <translation>The organisation already has that role in the group.</translation>
    </message>
    <message>
        <source>{org} er allerede {other} i {group}; skal samme organisation også være {role}?</source>
        <translation>{org} is already {other} in {group}; should the same organisation also be {role}?</translation>
    </message>
    <message>
        <source>Pladsen er allerede overtaget; erstat den nye indehaver i stedet.</source>
        <translation>The seat has already been taken over; replace the new holder instead.</translation>
    </message>
    <message>
        <source>Datoen ligger før pladsen blev besat ({start}).</source>
        <translation>The date is before the seat was filled ({start}).</translation>
    </message>
    <message>
        <source>{name} kan ikke overtage sin egen plads.</source>
        <translation>{name} cannot take over its own seat.</translation>
    </message>
    <message>
        <source>{field} mangler.</source>
        <translation>{field} is missing.</translation>
    </message>
    <message>
        <source>{field} skal være en dato.</source>
        <translation>{field} must be a date.</translation>
    </message>
    <message>
        <source>Beløbet »{text}« er ikke et tal (skriv fx 250.000 eller 1,5 mio.).</source>
        <translation>The amount »{text}« is not a number (write e.g. 250.000 or 1,5 mio.).</translation>
    </message>
    <message>
        <source>Beløbet »{text}« er ikke et tal.</source>
        <translation>The amount »{text}« is not a number.</translation>
    </message>
    <message>
        <source>Beløbet kan ikke være negativt.</source>
        <translation>The amount cannot be negative.</translation>
    </message>
    <message>
        <source>Beløbet er for stort.</source>
        <translation>The amount is too large.</translation>
    </message>
    <message>
        <source>{field} skal være et tal fra 1 til 5.</source>
        <translation>{field} must be a number from 1 to 5.</translation>
    </message>
    <message>
        <source>Den faktiske dato ligger før projektets start ({start}).</source>
        <translation>The actual date is before the project&apos;s start ({start}).</translation>
    </message>
    <message>
        <source>Den faktiske dato ligger i fremtiden; en milepæl nås først, når den er nået.</source>
        <translation>The actual date is in the future; a milestone is only reached when it has been reached.</translation>
    </message>
    <message>
        <source>Året »{year}« er ikke et årstal.</source>
        <translation>The year »{year}« is not a year.</translation>
    </message>
    <message>
        <source>Året skal ligge mellem 1990 og {last}.</source>
        <translation>The year must be between 1990 and {last}.</translation>
    </message>
    <message>
        <source>Milepælen mangler en dato (en dag, fx 17-09-2025, eller en måned, fx august 2025).</source>
        <translation>The milestone has no date (a day, e.g. 17-09-2025, or a month, e.g. august 2025).</translation>
    </message>
    <message>
        <source>»{text}« er hverken en dato (17-09-2025) eller en måned (august 2025).</source>
        <translation>»{text}« is neither a date (17-09-2025) nor a month (august 2025).</translation>
    </message>
    <message>
        <source>Projektets navn er tomt: skriv navnet eller en entydig begyndelse af det.</source>
        <translation>The project&apos;s name is empty: write the name or an unambiguous beginning of it.</translation>
    </message>
    <message>
        <source>Der findes allerede et projekt, der hedder »{name}«.</source>
        <translation>There is already a project called »{name}«.</translation>
    </message>
    <message>
        <source>Projektejeren findes ikke længere i registret.</source>
        <translation>The project owner is no longer in the register.</translation>
    </message>
    <message>
        <source>En milepæl er nået {day}, før den nye startdato; ret milepælen eller vælg en tidligere startdato.</source>
        <translation>A milestone was reached on {day}, before the new start date; correct the milestone or choose an earlier start date.</translation>
    </message>
    <message>
        <source>Vælg den gruppe, navnene skal ind i.</source>
        <translation>Choose the group the names go into.</translation>
    </message>
    <message>
        <source>Der er ingen navne at tilføje.</source>
        <translation>There are no names to add.</translation>
    </message>
    <message>
        <source>Organisationen findes ikke længere i registret.</source>
        <translation>The organisation is no longer in the register.</translation>
    </message>
    <message>
        <source>{name} findes allerede i registret; vælg personen i listen.</source>
        <translation>{name} is already in the register; choose the person in the list.</translation>
    </message>
</context>
<context>
    <name>ProjectsTab</name>
    <message>
        <source>Nyt projekt …</source>
        <translation>New project …</translation>
    </message>
    <message>
        <source>Slet projekt</source>
        <translation>Delete project</translation>
    </message>
    <message>
        <source>Søg i projekter …</source>
        <translation>Search projects …</translation>
    </message>
    <message>
        <source>Alle faser</source>
        <translation>All phases</translation>
    </message>
    <message>
        <source>Alle statusser</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Alle projektejere</source>
        <translation>All project owners</translation>
    </message>
    <message>
        <source>Kun forsinkede milepæle</source>
        <translation>Only delayed milestones</translation>
    </message>
    <message>
        <source>Milepæle</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Stamdata</source>
        <translation>Basic data</translation>
    </message>
    <message>
        <source>Økonomi</source>
        <translation>Finances</translation>
    </message>
    <message>
        <source>Risici</source>
        <translation>Risks</translation>
    </message>
    <message>
        <source>Beslutninger</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Møder</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>%1 af %2 projekter</source>
        <translation>%1 of %2 projects</translation>
    </message>
    <message>
        <source>Slet »%1« med statusnotater, milepæle, grupper og koblinger til dagsordenen? (Kan fortrydes med Ctrl+Z.)</source>
        <translation>Delete “%1” with its status notes, milestones, groups and links to the agenda? (Can be undone with Ctrl+Z.)</translation>
    </message>
</context>
<context>
    <name>ProposalForm</name>
    <message>
        <source>Skriv eller vælg fra referencelisten</source>
        <translation>Type or choose from the reference list</translation>
    </message>
    <message>
        <source>Tilføj kode …</source>
        <translation>Add code …</translation>
    </message>
    <message>
        <source>Gem navn og kode i referencelisten, så de kan vælges igen</source>
        <translation>Save the name and code in the reference list so they can be chosen again</translation>
    </message>
    <message>
        <source>Skriv kode eller navn; koder adskilt af mellemrum</source>
        <translation>Type a code or a name; codes separated by spaces</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Nuværende navn</source>
        <translation>Current name</translation>
    </message>
    <message>
        <source>Nuværende kode</source>
        <translation>Current code</translation>
    </message>
    <message>
        <source>Foreslået navn</source>
        <translation>Proposed name</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Definitionen af enhedstypen/specialet …</source>
        <translation>The definition of the unit type/specialty …</translation>
    </message>
    <message>
        <source>Begrundelse</source>
        <translation>Rationale</translation>
    </message>
    <message>
        <source>Hvorfor netværket foreslår ændringen …</source>
        <translation>Why the network proposes the change …</translation>
    </message>
    <message>
        <source>Åbne spørgsmål</source>
        <translation>Open questions</translation>
    </message>
    <message>
        <source>Hvad er endnu ikke afklaret …</source>
        <translation>What is not yet settled …</translation>
    </message>
    <message>
        <source>Relaterede koder</source>
        <translation>Related codes</translation>
    </message>
    <message>
        <source>Noter</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Interne noter …</source>
        <translation>Internal notes …</translation>
    </message>
</context>
<context>
    <name>ReadOnlyOffer</name>
    <message>
        <source>Du kan åbne den skrivebeskyttet: du ser det andet vindues ændringer, så snart de er gemt, men kan ikke selv rette.</source>
        <translation>You can open it read-only: you see the other window&apos;s changes as soon as they are saved, but cannot edit yourself.</translation>
    </message>
    <message>
        <source>Åbn &amp;skrivebeskyttet</source>
        <translation>Open &amp;read-only</translation>
    </message>
    <message>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Åbn skrivebeskyttet</source>
        <translation>Open read-only</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <source>findes ikke</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>Filen findes ikke længere: den er flyttet, omdøbt eller slettet, eller drevet er ikke tilsluttet.</source>
        <translation>The file is no longer there: it was moved, renamed or deleted, or its drive is not connected.</translation>
    </message>
    <message>
        <source>Ryd liste</source>
        <translation>Clear list</translation>
    </message>
</context>
<context>
    <name>RecipientPicker</name>
    <message>
        <source>Anden modtager: vælg eller skriv …</source>
        <translation>Other recipient: choose or type …</translation>
    </message>
    <message>
        <source>Tilføj</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>ReplaceDialog</name>
    <message>
        <source>&amp;Overtages af:</source>
        <translation>&amp;Taken over by:</translation>
    </message>
    <message>
        <source>Pladsen:</source>
        <translation>The seat:</translation>
    </message>
    <message>
        <source>&amp;Fra (dato):</source>
        <translation>&amp;From (date):</translation>
    </message>
    <message>
        <source>&amp;Udpeget af:</source>
        <translation>&amp;Appointed by:</translation>
    </message>
    <message>
        <source>&amp;Rolle:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Bemærkning:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Velkomsttekst:</source>
        <translation>Welcome text:</translation>
    </message>
    <message>
        <source>Tilføj</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Ny person …</source>
        <translation>New person …</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>(vælg, hvem der overtager pladsen)</source>
        <translation>(choose who takes over the seat)</translation>
    </message>
    <message>
        <source>Erstat medlem – {name}</source>
        <translation>Replace member – {name}</translation>
    </message>
    <message>
        <source>, udpeget af {who}</source>
        <translation>, appointed by {who}</translation>
    </message>
    <message>
        <source>{who}, som har overtaget pladsen efter {old}</source>
        <translation>{who}, who has taken over the seat from {old}</translation>
    </message>
</context>
<context>
    <name>ResponseDialog</name>
    <message>
        <source>Høringsrunde</source>
        <translation>Consultation round</translation>
    </message>
    <message>
        <source>(ikke angivet)</source>
        <translation>(not stated)</translation>
    </message>
    <message>
        <source>Hele runden</source>
        <translation>The whole round</translation>
    </message>
    <message>
        <source>Runden er besvaret med dette svar (forslagene får »Input modtaget«)</source>
        <translation>The round is answered with this response (the proposals get “Input received”)</translation>
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
    <name>RoundsPane</name>
    <message>
        <source>Ny høringsrunde …</source>
        <translation>New consultation round …</translation>
    </message>
    <message>
        <source>Ret runde …</source>
        <translation>Edit round …</translation>
    </message>
    <message>
        <source>Markér som sendt</source>
        <translation>Mark as sent</translation>
    </message>
    <message>
        <source>Slet runde</source>
        <translation>Delete round</translation>
    </message>
    <message>
        <source>Runden er sendt i dag; dens forslag kommer i høring</source>
        <translation>The round was sent today; its proposals go into consultation</translation>
    </message>
    <message>
        <source>Høringssvar</source>
        <translation>Consultation responses</translation>
    </message>
    <message>
        <source>Nyt høringssvar …</source>
        <translation>New consultation response …</translation>
    </message>
    <message>
        <source>Ret svar …</source>
        <translation>Edit response …</translation>
    </message>
    <message>
        <source>Slet svar</source>
        <translation>Delete response</translation>
    </message>
</context>
<context>
    <name>Row</name>
    <message>
        <source>fx 1. styregruppemøde</source>
        <translation>e.g. 1st steering group meeting</translation>
    </message>
    <message>
        <source>17-09-2025 eller august 2025</source>
        <translation>17-09-2025 or August 2025</translation>
    </message>
    <message>
        <source>fx 18-06-2025</source>
        <translation>e.g. 18-06-2025</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Møder</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Dagsordenspunkter</source>
        <translation>Agenda items</translation>
    </message>
    <message>
        <source>Referat</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Opfølgning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Personer</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Organisationer</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>SOR-forslag</source>
        <translation>SOR proposals</translation>
    </message>
    <message>
        <source>Høringsrunder</source>
        <translation>Consultation rounds</translation>
    </message>
    <message>
        <source>til {who}</source>
        <translation>to {who}</translation>
    </message>
    <message>
        <source>sendt {day}</source>
        <translation>sent {day}</translation>
    </message>
    <message>
        <source>frist {day}</source>
        <translation>deadline {day}</translation>
    </message>
    <message>
        <source>Høringssvar</source>
        <translation>Consultation responses</translation>
    </message>
    <message>
        <source>Høringsrunde »{title}«</source>
        <translation>Consultation round »{title}«</translation>
    </message>
    <message>
        <source>modtaget {day}</source>
        <translation>received {day}</translation>
    </message>
    <message>
        <source>Projekter</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>møde {day}</source>
        <translation>meeting {day}</translation>
    </message>
    <message>
        <source>Referat, punkt {n}</source>
        <translation>Minutes, item {n}</translation>
    </message>
    <message>
        <source>Referat, punkt</source>
        <translation>Minutes, item</translation>
    </message>
    <message>
        <source>Punkt {n}</source>
        <translation>Item {n}</translation>
    </message>
    <message>
        <source>Punkt</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>punkt {n}</source>
        <translation>item {n}</translation>
    </message>
    <message>
        <source>Møde {day}</source>
        <translation>Meeting {day}</translation>
    </message>
    <message>
        <source>{first} · {rest}</source>
        <translation>{first} · {rest}</translation>
    </message>
</context>
<context>
    <name>SeatDialog</name>
    <message>
        <source>Ny person …</source>
        <translation>New person …</translation>
    </message>
    <message>
        <source>Fornavn Efternavn</source>
        <translation>First name Last name</translation>
    </message>
    <message>
        <source>Vælg fra registret</source>
        <translation>Choose from the register</translation>
    </message>
</context>
<context>
    <name>SeatPaste</name>
    <message>
        <source>Sæt en liste ind fra et dias eller en e-mail: ét navn pr. linje, gerne »Navn, Organisation«, kolonner fra et regneark, eller med rolle som »Projektleder: Navn« og »KL (formand)«. Linjer under »Styregruppe:« eller »Projektgruppe:« kommer i den gruppe.</source>
        <translation>Paste a list from a slide or an e-mail: one name per line, preferably “Name, Organisation”, columns from a spreadsheet, or with a role as the Danish slide writes it. Lines under a group heading (the steering group&apos;s or the project group&apos;s, in Danish) go into that group.</translation>
    </message>
    <message>
        <source>Spring over</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Vælg …</source>
        <translation>Choose …</translation>
    </message>
    <message>
        <source>{seats}, heraf {people} i registret</source>
        <translation>{seats}, of which {people} in the register</translation>
    </message>
    <message>
        <source>Ingen navne endnu</source>
        <translation>No names yet</translation>
    </message>
    <message>
        <source>sprunget over:</source>
        <translation>skipped:</translation>
    </message>
</context>
<context>
    <name>SeatPasteDialog</name>
    <message>
        <source>Indsæt navne</source>
        <translation>Paste names</translation>
    </message>
    <message>
        <source>Fx
Styregruppe:
KL (formand) og MedCom (projektejer)
Projektgruppe:
Projektleder: Jørgen Hougaard
Karen Anja Iversen, Helsingør kommune</source>
        <translation>One name per line, as the slide writes it (group headings and roles in Danish), e.g.
Jane Doe, Aarhus Kommune
John Smith, KL</translation>
    </message>
    <message>
        <source>Navne uden overskrift kommer i:</source>
        <translation>Names without a heading go into:</translation>
    </message>
    <message>
        <source>Sådan bliver de sat ind (intet er gemt endnu):</source>
        <translation>This is how they will be inserted (nothing is saved yet):</translation>
    </message>
</context>
<context>
    <name>ServerDown</name>
    <message>
        <source>Min egen database på denne maskine (%1)</source>
        <translation>My own database on this machine (%1)</translation>
    </message>
    <message>
        <source>Fejlbesked</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Lokale databaser</source>
        <translation>Local databases</translation>
    </message>
    <message>
        <source>&amp;Prøv igen</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <source>Åbn den &amp;valgte</source>
        <translation>Open the &amp;selected one</translation>
    </message>
    <message>
        <source>Åbn en &amp;anden fil …</source>
        <translation>Open &amp;another file …</translation>
    </message>
    <message>
        <source>&amp;Luk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Eller åbn en lokal database:</source>
        <translation>Or open a local database:</translation>
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
    <message>
        <source>Sekretariatets navn</source>
        <translation>Secretariat’s name</translation>
    </message>
    <message>
        <source>Word-skabelon</source>
        <translation>Word template</translation>
    </message>
    <message>
        <source>Standardskabelonen</source>
        <translation>The default template</translation>
    </message>
    <message>
        <source>Klokkeslæt</source>
        <translation>Time of day</translation>
    </message>
    <message>
        <source>Eksportmappe</source>
        <translation>Export folder</translation>
    </message>
    <message>
        <source>Den senest brugte mappe</source>
        <translation>The folder used last</translation>
    </message>
    <message>
        <source>E-mail og telefon i eksporter</source>
        <translation>E-mail and phone in exports</translation>
    </message>
    <message>
        <source>Nyt møde starter kl.</source>
        <translation>A new meeting starts at</translation>
    </message>
    <message>
        <source>Nyt mødes længde i minutter</source>
        <translation>A new meeting’s length in minutes</translation>
    </message>
    <message>
        <source>Høringsfrist i dage</source>
        <translation>Consultation period in days</translation>
    </message>
    <message>
        <source>Svar fra SDS ventes inden, uger</source>
        <translation>SDS answer expected within, weeks</translation>
    </message>
</context>
<context>
    <name>SorAlert</name>
    <message>
        <source>Intet svar fra SDS efter {n} uge</source>
        <translation>No answer from SDS after {n} week</translation>
    </message>
    <message>
        <source>Intet svar fra SDS efter {n} uger</source>
        <translation>No answer from SDS after {n} weeks</translation>
    </message>
    <message>
        <source>Frist overskredet med {n} dag</source>
        <translation>Deadline passed by {n} day</translation>
    </message>
    <message>
        <source>Frist overskredet med {n} dage</source>
        <translation>Deadline passed by {n} days</translation>
    </message>
    <message>
        <source>Svar fra SDS ventes senest {day}</source>
        <translation>Answer from SDS expected by {day}</translation>
    </message>
    <message>
        <source>Input ventes senest {day}</source>
        <translation>Input expected by {day}</translation>
    </message>
    <message>
        <source>Intet svar fra SDS efter {n} uge (sendt {day})</source>
        <translation>No answer from SDS after {n} week (sent {day})</translation>
    </message>
    <message>
        <source>Intet svar fra SDS efter {n} uger (sendt {day})</source>
        <translation>No answer from SDS after {n} weeks (sent {day})</translation>
    </message>
    <message>
        <source>Frist for input overskredet med {n} dag</source>
        <translation>Deadline for input passed by {n} day</translation>
    </message>
    <message>
        <source>Frist for input overskredet med {n} dage</source>
        <translation>Deadline for input passed by {n} days</translation>
    </message>
    <message>
        <source>{alert} ({round})</source>
        <translation>{alert} ({round})</translation>
    </message>
</context>
<context>
    <name>SorCodes</name>
    <message>
        <source>Koden skal udfyldes.</source>
        <translation>The code must be filled in.</translation>
    </message>
    <message>
        <source>Koden {code} findes allerede ({name}).</source>
        <translation>The code {code} already exists ({name}).</translation>
    </message>
</context>
<context>
    <name>SorItemLinks</name>
    <message>
        <source>Knyt SOR-forslag …</source>
        <translation>Link SOR proposals …</translation>
    </message>
    <message>
        <source>Send i høring …</source>
        <translation>Send for consultation …</translation>
    </message>
    <message>
        <source>En høringsrunde for punktets forslag, sendt på mødets dato</source>
        <translation>A consultation round for the item&apos;s proposals, sent on the meeting&apos;s date</translation>
    </message>
    <message>
        <source>Indsæt statuslinjer</source>
        <translation>Insert status lines</translation>
    </message>
    <message>
        <source>Tilføj forslagenes standardstatuslinje som underpunkter, fx »Tilrettet forslag sendt til SDS den 3. juni – foreløbig ikke modtaget svar«</source>
        <translation>Add the proposals&apos; standard status line as sub-items, e.g. “Revised proposal sent to SDS on 3 June – no answer received yet”</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#6b7280&apos;&gt;Punktet fremlægger ingen SOR-forslag.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#6b7280&apos;&gt;The item presents no SOR proposals.&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>SorList</name>
    <message>
        <source>senest {day}</source>
        <translation>by {day}</translation>
    </message>
    <message>
        <source>Frist overskredet</source>
        <translation>Deadline passed</translation>
    </message>
    <message>
        <source>Intet svar fra SDS</source>
        <translation>No answer from SDS</translation>
    </message>
</context>
<context>
    <name>SorPasteDialog</name>
    <message>
        <source>Indsæt her (Ctrl+V): ét forslag pr. linje – fra et regneark (kolonner adskilt af tabulator, gerne med overskrifter som Titel, Type, Nuværende navn) eller teksten fra en slide (punkter og underpunkter).</source>
        <translation>Paste here (Ctrl+V): one proposal per line – from a spreadsheet (columns separated by tabs, preferably with the Danish headings for title, type and current name) or the text of a slide (bullets and sub-bullets).</translation>
    </message>
</context>
<context>
    <name>SorProposals</name>
    <message>
        <source>»{code}« er ikke en SNOMED-kode: relaterede koder skal være 6-18 cifre, adskilt af mellemrum eller komma.</source>
        <translation>»{code}« is not a SNOMED code: related codes must be 6-18 digits, separated by spaces or commas.</translation>
    </message>
    <message>
        <source>Forslag {n}: {problem}</source>
        <translation>Proposal {n}: {problem}</translation>
    </message>
    <message>
        <source>Der er ingen forslag at oprette.</source>
        <translation>There are no proposals to create.</translation>
    </message>
</context>
<context>
    <name>SorResponses</name>
    <message>
        <source>Svaret ({received}) kan ikke være modtaget, før runden blev sendt ({sent}).</source>
        <translation>The answer ({received}) cannot have been received before the round was sent ({sent}).</translation>
    </message>
    <message>
        <source>Runden er ikke sendt endnu; udfyld først rundens »Sendt«.</source>
        <translation>The round has not been sent yet; fill in the round&apos;s »Sent« first.</translation>
    </message>
    <message>
        <source>Svaret kan kun gælde et af rundens forslag.</source>
        <translation>The answer can only concern one of the round&apos;s proposals.</translation>
    </message>
    <message>
        <source>Runden er ikke sendt til {who}; svar kan kun komme fra {names}.</source>
        <translation>The round was not sent to {who}; answers can only come from {names}.</translation>
    </message>
    <message>
        <source>Vælg mindst én organisation.</source>
        <translation>Choose at least one organisation.</translation>
    </message>
</context>
<context>
    <name>SorRounds</name>
    <message>
        <source>Fristen ({deadline}) ligger før afsendelsen ({sent}).</source>
        <translation>The deadline ({deadline}) is before the sending ({sent}).</translation>
    </message>
    <message>
        <source>Runden kan ikke være besvaret, før den er sendt: udfyld »Sendt«.</source>
        <translation>The round cannot have been answered before it was sent: fill in »Sent«.</translation>
    </message>
    <message>
        <source>Svaret ({answered}) ligger før afsendelsen ({sent}).</source>
        <translation>The answer ({answered}) is before the sending ({sent}).</translation>
    </message>
    <message>
        <source>Vælg mindst én modtager.</source>
        <translation>Choose at least one recipient.</translation>
    </message>
    <message>
        <source>Vælg mindst ét forslag til runden.</source>
        <translation>Choose at least one proposal for the round.</translation>
    </message>
    <message>
        <source>{who} har afgivet høringssvar og kan ikke fjernes som modtager.</source>
        <translation>{who} has answered the consultation and cannot be removed as a recipient.</translation>
    </message>
    <message>
        <source>Svaret fra {who} ({received}) ligger før den nye afsendelsesdato.</source>
        <translation>The answer from {who} ({received}) is before the new sending date.</translation>
    </message>
</context>
<context>
    <name>SorRules</name>
    <message>
        <source>ingen flere trin</source>
        <translation>no further steps</translation>
    </message>
    <message>
        <source>»{status}«</source>
        <translation>»{status}«</translation>
    </message>
    <message>
        <source>{first} eller {rest}</source>
        <translation>{first} or {rest}</translation>
    </message>
    <message>
        <source>Datoen {on} ligger før forrige trin ({before}); et statustrin kan ikke gå tilbage i tiden.</source>
        <translation>The date {on} is before the previous step ({before}); a status step cannot go back in time.</translation>
    </message>
    <message>
        <source>Datoen {on} ligger i fremtiden.</source>
        <translation>The date {on} is in the future.</translation>
    </message>
    <message>
        <source>Nye koder udmeldes i SNOMED-releasen i marts eller september; {on} er ikke i en af de måneder.</source>
        <translation>New codes are announced in the SNOMED release in March or September; {on} is not in one of those months.</translation>
    </message>
    <message>
        <source>fra »{status}«</source>
        <translation>from »{status}«</translation>
    </message>
    <message>
        <source>som første trin</source>
        <translation>as the first step</translation>
    </message>
    <message>
        <source>»{status}« kan ikke komme {where}; mulige næste trin: {options}.</source>
        <translation>»{status}« cannot come {where}; possible next steps: {options}.</translation>
    </message>
    <message>
        <source>Kun det seneste trin i forløbet kan rettes.</source>
        <translation>Only the latest step of the course can be corrected.</translation>
    </message>
    <message>
        <source>»{status}« kan ikke rettes til »{target}«.</source>
        <translation>»{status}« cannot be corrected to »{target}«.</translation>
    </message>
</context>
<context>
    <name>SorTab</name>
    <message>
        <source>Nyt forslag …</source>
        <translation>New proposal …</translation>
    </message>
    <message>
        <source>Ret forslag</source>
        <translation>Edit proposal</translation>
    </message>
    <message>
        <source>Ny høringsrunde …</source>
        <translation>New consultation round …</translation>
    </message>
    <message>
        <source>Slet forslag</source>
        <translation>Delete proposal</translation>
    </message>
    <message>
        <source> dage</source>
        <translation> days</translation>
    </message>
    <message>
        <source> uger</source>
        <translation> weeks</translation>
    </message>
    <message>
        <source>En ny rundes frist: så mange dage efter afsendelsen</source>
        <translation>A new round’s deadline: this many days after sending</translation>
    </message>
    <message>
        <source>Efter så mange uger uden svar fra SDS fremhæves forslaget</source>
        <translation>After this many weeks without an answer from SDS the proposal stands out</translation>
    </message>
</context>
<context>
    <name>SorTabLayout</name>
    <message>
        <source>Søg i titel, navne, koder og tekster …</source>
        <translation>Search title, names, codes and texts …</translation>
    </message>
    <message>
        <source>Alle statusser</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Alle typer</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Kun overskredne</source>
        <translation>Only overdue</translation>
    </message>
    <message>
        <source>Høringsfrist:</source>
        <translation>Consultation deadline:</translation>
    </message>
    <message>
        <source>Svar fra SDS ventes inden:</source>
        <translation>Answer from SDS expected within:</translation>
    </message>
    <message>
        <source>Nyt forslag …</source>
        <translation>New proposal …</translation>
    </message>
    <message>
        <source>Indsæt flere …</source>
        <translation>Paste several …</translation>
    </message>
    <message>
        <source>Indsæt forslag fra et regneark eller en slide, ét pr. linje (Ctrl+V i listen gør det samme)</source>
        <translation>Paste proposals from a spreadsheet or a slide, one per line (Ctrl+V in the list does the same)</translation>
    </message>
    <message>
        <source>Ny høringsrunde …</source>
        <translation>New consultation round …</translation>
    </message>
    <message>
        <source>En høringsrunde for de markerede forslag</source>
        <translation>A consultation round for the selected proposals</translation>
    </message>
    <message>
        <source>Slet forslag</source>
        <translation>Delete proposal</translation>
    </message>
    <message>
        <source>SOR-forslag</source>
        <translation>SOR proposals</translation>
    </message>
    <message>
        <source>Forslag</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Status og forløb</source>
        <translation>Status and process</translation>
    </message>
    <message>
        <source>Høringsrunder</source>
        <translation>Consultation rounds</translation>
    </message>
    <message>
        <source>Møder</source>
        <translation>Meetings</translation>
    </message>
</context>
<context>
    <name>StatusPane</name>
    <message>
        <source>Ret seneste trin …</source>
        <translation>Correct the latest step …</translation>
    </message>
    <message>
        <source>Et forkert trin rettes med et nyt trin; historikken bevares</source>
        <translation>A wrong step is corrected with a new step; the history is kept</translation>
    </message>
    <message>
        <source>Kopiér forløb</source>
        <translation>Copy process</translation>
    </message>
    <message>
        <source>Næste trin:</source>
        <translation>Next step:</translation>
    </message>
    <message>
        <source>Vælg et forslag.</source>
        <translation>Select a proposal.</translation>
    </message>
    <message>
        <source>(forløbet er afsluttet)</source>
        <translation>(the process is finished)</translation>
    </message>
    <message>
        <source>siden {day}</source>
        <translation>since {day}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Forslag</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <source>(siden {day})</source>
        <translation>(since {day})</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Databaserne har ikke samme skemaversion ({source} og {target}).</source>
        <translation>The databases do not have the same schema version ({source} and {target}).</translation>
    </message>
    <message>
        <source>Måldatabasen er ikke tom: {named}. Brug --replace for at erstatte alt i den med kildens indhold.</source>
        <translation>The target database is not empty: {named}. Use --replace to replace everything in it with the source&apos;s content.</translation>
    </message>
    <message>
        <source>Kopien af tabellen {table} stemmer ikke: {found} rækker i målet mod {expected} i kilden, eller indholdet afviger.</source>
        <translation>The copy of the table {table} does not match: {found} rows in the target against {expected} in the source, or the content differs.</translation>
    </message>
    <message>
        <source>Serveren {server} kan ikke bruges: {reason}.</source>
        <translation>The server {server} cannot be used: {reason}.</translation>
    </message>
    <message>
        <source>Databasen kan ikke læses: {path} {reason}.</source>
        <translation>The database cannot be read: {path} {reason}.</translation>
    </message>
    <message>
        <source>Databasen er skrivebeskyttet og kan ikke åbnes til redigering: {path}</source>
        <translation>The database is read-only and cannot be opened for editing: {path}</translation>
    </message>
    <message>
        <source>Databasen ligger i en skrivebeskyttet mappe og kan ikke åbnes til redigering: {path}</source>
        <translation>The database is in a read-only folder and cannot be opened for editing: {path}</translation>
    </message>
    <message>
        <source>Mappen findes ikke: {folder}</source>
        <translation>The folder does not exist: {folder}</translation>
    </message>
    <message>
        <source>Stien er en mappe, ikke en databasefil: {path}</source>
        <translation>The path is a folder, not a database file: {path}</translation>
    </message>
    <message>
        <source>Databasen er en symbolsk henvisning til en fil, der ikke findes: {path}</source>
        <translation>The database is a symbolic link to a file that does not exist: {path}</translation>
    </message>
    <message>
        <source>Databasen findes ikke: {path}</source>
        <translation>The database does not exist: {path}</translation>
    </message>
    <message>
        <source>Der kan ikke oprettes en database i mappen (skrivebeskyttet): {folder}</source>
        <translation>A database cannot be created in the folder (read-only): {folder}</translation>
    </message>
    <message>
        <source>Filen er tom og er ikke en KKR Desk-database: {path}</source>
        <translation>The file is empty and is not a KKR Desk database: {path}</translation>
    </message>
    <message>
        <source>Filen er ikke en SQLite-database: {path}</source>
        <translation>The file is not an SQLite database: {path}</translation>
    </message>
    <message>
        <source>Databasen er afkortet eller beskadiget: {path}</source>
        <translation>The database is truncated or damaged: {path}</translation>
    </message>
    <message>
        <source>Databasen er beskadiget og kan ikke læses: {path}</source>
        <translation>The database is damaged and cannot be read: {path}</translation>
    </message>
    <message>
        <source>Databasen er beskadiget (SQLite&apos;s kontrol fandt {count} fejl): {path}</source>
        <translation>The database is damaged (SQLite&apos;s check found {count} errors): {path}</translation>
    </message>
    <message>
        <source>Filen er en SQLite-database, men ikke en KKR Desk-database: {path}</source>
        <translation>The file is an SQLite database, but not a KKR Desk database: {path}</translation>
    </message>
    <message>
        <source>Databasen blev ikke opgraderet: sikkerhedskopien kunne ikke laves ({reason}).</source>
        <translation>The database was not upgraded: the backup copy could not be made ({reason}).</translation>
    </message>
    <message>
        <source>Ingen forbindelse til serveren – ændringen er ikke gemt; prøv igen, når der er forbindelse igen.</source>
        <translation>No connection to the server – the change is not saved; try again when the connection is back.</translation>
    </message>
    <message>
        <source>Ingen forbindelse til serveren – vises igen, når der er forbindelse.</source>
        <translation>No connection to the server – shown again when the connection is back.</translation>
    </message>
    <message>
        <source>Databasen har et ældre skema; åbn den i KKR Desk én gang for at opgradere den.</source>
        <translation>The database has an older schema; open it in KKR Desk once to upgrade it.</translation>
    </message>
    <message>
        <source>Ændringen kunne ikke gemmes: {reason}.</source>
        <translation>The change could not be saved: {reason}.</translation>
    </message>
    <message>
        <source>Databasen kunne ikke læses: {reason}.</source>
        <translation>The database could not be read: {reason}.</translation>
    </message>
    <message>
        <source>Databasen er fra en nyere version af KKR Desk (skema {revision}); opdatér programmet for at åbne den.</source>
        <translation>The database is from a newer version of KKR Desk (schema {revision}); update the program to open it.</translation>
    </message>
    <message>
        <source>Filen er en SQLite-database, men ikke en KKR Desk-database.</source>
        <translation>The file is an SQLite database, but not a KKR Desk database.</translation>
    </message>
    <message>
        <source>Databasen kunne ikke opgraderes: fremmednøgler ville blive brudt.</source>
        <translation>The database could not be upgraded: foreign keys would be broken.</translation>
    </message>
    <message>
        <source>Databasen kunne ikke opgraderes: {reason}.</source>
        <translation>The database could not be upgraded: {reason}.</translation>
    </message>
    <message>
        <source>Databasen er allerede åben i et andet KKR Desk-vindue: {path}. Luk det først, eller åbn en anden database.</source>
        <translation>The database is already open in another KKR Desk window: {path}. Close it first, or open another database.</translation>
    </message>
    <message>
        <source>Databasen er allerede åben i KKR Desk under et andet navn (en hård henvisning eller en anden sti til samme fil): {path}. Brug det navn, den er åbnet under, eller luk den først.</source>
        <translation>The database is already open in KKR Desk under another name (a hard link or another path to the same file): {path}. Use the name it is open under, or close it first.</translation>
    </message>
    <message>
        <source>Databasen kan ikke låses til redigering: {path} ({reason})</source>
        <translation>The database cannot be locked for editing: {path} ({reason})</translation>
    </message>
</context>
<context>
    <name>TabKeys</name>
    <message>
        <source>&amp;Nyt møde …</source>
        <translation>&amp;New meeting …</translation>
    </message>
    <message>
        <source>E&amp;ksportér dagsorden (Word) …</source>
        <translation>Ex&amp;port agenda (Word) …</translation>
    </message>
    <message>
        <source>&amp;Nyt SOR-forslag …</source>
        <translation>&amp;New SOR proposal …</translation>
    </message>
    <message>
        <source>E&amp;ksportér SOR-forslag (Word) …</source>
        <translation>Ex&amp;port SOR proposals (Word) …</translation>
    </message>
    <message>
        <source>&amp;Nyt projekt …</source>
        <translation>&amp;New project …</translation>
    </message>
    <message>
        <source>E&amp;ksportér statusrapport (Word) …</source>
        <translation>Ex&amp;port status report (Word) …</translation>
    </message>
    <message>
        <source>&amp;Ny person …</source>
        <translation>&amp;New person …</translation>
    </message>
    <message>
        <source>E&amp;ksportér oversigt (Excel) …</source>
        <translation>Ex&amp;port overview (Excel) …</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>jan.</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>feb.</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>mar.</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>apr.</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>maj</source>
        <translation>May</translation>
    </message>
    <message>
        <source>jun.</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>jul.</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>aug.</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>sep.</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>okt.</source>
        <translation>Oct</translation>
    </message>
    <message>
        <source>nov.</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>dec.</source>
        <translation>Dec</translation>
    </message>
    <message>
        <source>Nået</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Planlagt</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Forsinket</source>
        <translation>Delayed</translation>
    </message>
    <message>
        <source>Status grøn</source>
        <translation>Status green</translation>
    </message>
    <message>
        <source>gul</source>
        <translation>amber</translation>
    </message>
    <message>
        <source>rød</source>
        <translation>red</translation>
    </message>
    <message>
        <source>nået {day}</source>
        <translation>reached {day}</translation>
    </message>
    <message>
        <source>nået ({day})</source>
        <translation>reached ({day})</translation>
    </message>
    <message>
        <source>I dag {day}</source>
        <translation>Today {day}</translation>
    </message>
    <message>
        <source>{n} milepæle</source>
        <translation>{n} milestones</translation>
    </message>
    <message>
        <source>+{n} milepæl uden etiket (se tabellen)</source>
        <translation>+{n} milestone without a label (see the table)</translation>
    </message>
    <message>
        <source>+{n} milepæle uden etiket (se tabellen)</source>
        <translation>+{n} milestones without a label (see the table)</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Vælg et forslag for at se dets forløb.</source>
        <translation>Select a proposal to see its process.</translation>
    </message>
    <message>
        <source>Kopiér hele forløbet</source>
        <translation>Copy the whole process</translation>
    </message>
</context>
<context>
    <name>Usage</name>
    <message>
        <source>{who} kan ikke slettes, fordi personen indgår i møder, der er holdt; brug »Afslut i dag« under medlemskaberne i stedet, så historikken bevares.</source>
        <translation>{who} cannot be deleted because the person is part of meetings that have been held; use “End today” under the memberships instead, so the history is kept.</translation>
    </message>
    <message>
        <source>{who} kan ikke slettes, fordi de indgår i møder, der er holdt; brug »Afslut i dag« under medlemskaberne i stedet, så historikken bevares.</source>
        <translation>{who} cannot be deleted because they are part of meetings that have been held; use “End today” under the memberships instead, so the history is kept.</translation>
    </message>
    <message>
        <source>{who} kan ikke slettes, fordi personens plads er overtaget af en anden, og medlemshistorikken skal bevares.</source>
        <translation>{who} cannot be deleted because the person’s seat was taken over by someone else, and the membership history must be kept.</translation>
    </message>
    <message>
        <source>{who} kan ikke slettes, fordi deres pladser er overtaget af en anden, og medlemshistorikken skal bevares.</source>
        <translation>{who} cannot be deleted because their seats were taken over by someone else, and the membership history must be kept.</translation>
    </message>
</context>
<context>
    <name>Validate</name>
    <message>
        <source>{field} skal udfyldes.</source>
        <translation>{field} must be filled in.</translation>
    </message>
    <message>
        <source>{field} er for lang ({n} tegn; højst {limit}).</source>
        <translation>{field} is too long ({n} characters; at most {limit}).</translation>
    </message>
    <message>
        <source>{field} skal være et helt antal minutter.</source>
        <translation>{field} must be a whole number of minutes.</translation>
    </message>
    <message>
        <source>{field} kan ikke være negativ.</source>
        <translation>{field} cannot be negative.</translation>
    </message>
    <message>
        <source>{field} på {minutes} minutter er urimelig lang (højst {most}).</source>
        <translation>{field} of {minutes} minutes is unreasonably long (at most {most}).</translation>
    </message>
    <message>
        <source>Koden må ikke indeholde mellemrum; en SNOMED-kode er 6-18 cifre.</source>
        <translation>The code must not contain spaces; a SNOMED code is 6-18 digits.</translation>
    </message>
    <message>
        <source>Koden må kun indeholde cifre (0-9); en SNOMED-kode er 6-18 cifre.</source>
        <translation>The code may only contain digits (0-9); a SNOMED code is 6-18 digits.</translation>
    </message>
    <message>
        <source>Koden er for kort ({n} cifre); en SNOMED-kode er 6-18 cifre.</source>
        <translation>The code is too short ({n} digits); a SNOMED code is 6-18 digits.</translation>
    </message>
    <message>
        <source>Koden er for lang ({n} cifre); en SNOMED-kode er 6-18 cifre.</source>
        <translation>The code is too long ({n} digits); a SNOMED code is 6-18 digits.</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>&amp;Hjælp</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>Slet person</source>
        <translation>Delete person</translation>
    </message>
    <message>
        <source>Importér deltagere</source>
        <translation>Import participants</translation>
    </message>
    <message>
        <source>Regneark og CSV (*.xlsx *.csv *.txt);;Alle filer (*)</source>
        <translation>Spreadsheets and CSV (*.xlsx *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Ingen nuværende medlemmer har en e-mailadresse; intet er kopieret.</source>
        <translation>No current members have an e-mail address; nothing was copied.</translation>
    </message>
    <message>
        <source>Eksportér oversigt</source>
        <translation>Export overview</translation>
    </message>
    <message>
        <source>Excel-regneark (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Slet forslag</source>
        <translation>Delete proposal</translation>
    </message>
    <message>
        <source>Ny person »{name}«</source>
        <translation>New person “{name}”</translation>
    </message>
    <message>
        <source>Ret person »{name}«</source>
        <translation>Edit person “{name}”</translation>
    </message>
    <message>
        <source>Slet person »{name}«</source>
        <translation>Delete person “{name}”</translation>
    </message>
    <message>
        <source>Slet {name}?</source>
        <translation>Delete {name}?</translation>
    </message>
    <message>
        <source>Det kan fortrydes med Fortryd.</source>
        <translation>This can be undone with Undo.</translation>
    </message>
    <message>
        <source>Ny organisation »{name}«</source>
        <translation>New organisation “{name}”</translation>
    </message>
    <message>
        <source>Uden e-mail: {names}.</source>
        <translation>Without e-mail: {names}.</translation>
    </message>
    <message>
        <source>Skal e-mailadresser og telefonnumre med i oversigten?

Det er personoplysninger; tag dem kun med, hvis modtagerne må se dem.</source>
        <translation>Should e-mail addresses and phone numbers be included in the overview?

They are personal data; include them only if the recipients may see them.</translation>
    </message>
    <message>
        <source>Oversigten er gemt: {path} ({sheets} ark, {rows} rækker)</source>
        <translation>The overview is saved: {path} ({sheets} sheets, {rows} rows)</translation>
    </message>
    <message>
        <source>Slet »{title}« med dets forløb og tilknytninger til dagsordener?
Høringsrunderne bevares. Sletningen kan fortrydes (Ctrl+Z).</source>
        <translation>Delete “{title}” with its history and its links to agendas?
The consultation rounds are kept. The deletion can be undone (Ctrl+Z).</translation>
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
    <name>attachment_actions</name>
    <message>
        <source>Udsend mødepakke</source>
        <translation>Send out meeting package</translation>
    </message>
    <message>
        <source>Vælg et møde først.</source>
        <translation>Select a meeting first.</translation>
    </message>
    <message>
        <source>Vedhæft bilag til {named}</source>
        <translation>Attach files to {named}</translation>
    </message>
    <message>
        <source>Vedhæft »{name}« til {named}</source>
        <translation>Attach “{name}” to {named}</translation>
    </message>
    <message>
        <source>Fjern {label}</source>
        <translation>Remove {label}</translation>
    </message>
    <message>
        <source>Mødepakke (*.zip)</source>
        <translation>Meeting package (*.zip)</translation>
    </message>
    <message>
        <source>Mødepakke gemt: {written} ({n} bilag)</source>
        <translation>Meeting package saved: {written} ({n} attachments)</translation>
    </message>
</context>
<context>
    <name>attendance_grid_model</name>
    <message>
        <source>Deltog i {attended} af {expected} møder</source>
        <translation>Attended {attended} of {expected} meetings</translation>
    </message>
</context>
<context>
    <name>attendance_pane</name>
    <message>
        <source>Stedfortræder for {substitute_for_id}</source>
        <translation>Substitute for {substitute_for_id}</translation>
    </message>
</context>
<context>
    <name>calendar_actions</name>
    <message>
        <source>Eksportér</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Vælg et møde først.</source>
        <translation>Select a meeting first.</translation>
    </message>
    <message>
        <source>Eksportér frister</source>
        <translation>Export deadlines</translation>
    </message>
    <message>
        <source>Der er ingen frister i databasen (ingen høringsrunde med frist og ingen milepæl med dato).</source>
        <translation>There are no deadlines in the database (no consultation round with a deadline and no milestone with a date).</translation>
    </message>
    <message>
        <source>Afsender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Sekretariatets e-mailadresse (afsender og mødets arrangør; svar går hertil):</source>
        <translation>The secretariat&apos;s e-mail address (sender and the meeting&apos;s organiser; replies go here):</translation>
    </message>
    <message>
        <source>Mødeindkaldelse</source>
        <translation>Meeting invitation</translation>
    </message>
    <message>
        <source>Eksportér mødet som kalenderfil</source>
        <translation>Export the meeting as a calendar file</translation>
    </message>
    <message>
        <source>Møde {day}.ics</source>
        <translation>Meeting {day}.ics</translation>
    </message>
    <message>
        <source>Eksportér kalenderfil</source>
        <translation>Export calendar file</translation>
    </message>
    <message>
        <source>Kalenderfilen er gemt: {written}</source>
        <translation>The calendar file is saved: {written}</translation>
    </message>
    <message>
        <source>Eksportér frister som kalenderfil</source>
        <translation>Export deadlines as a calendar file</translation>
    </message>
    <message>
        <source>Fristerne er gemt: {written} ({n} frister, {data} med påmindelse)</source>
        <translation>The deadlines are saved: {written} ({n} deadlines, {data} with a reminder)</translation>
    </message>
    <message>
        <source>»{value}« er ikke en e-mailadresse, et mailprogram kan sende fra (skriv fx sekretariat@kl.dk).</source>
        <translation>“{value}” is not an e-mail address a mail program can send from (write e.g. sekretariat@kl.dk).</translation>
    </message>
    <message>
        <source>Gem mødeindkaldelsen som mailkladde</source>
        <translation>Save the invitation as a mail draft</translation>
    </message>
    <message>
        <source>Indkaldelsen er gemt: {done} ({n} modtagere)</source>
        <translation>The invitation is saved: {done} ({n} recipients)</translation>
    </message>
    <message>
        <source>{n} af netværkets medlemmer har ingen brugbar e-mailadresse og står ikke som modtagere: {without_email}.

Tilføj dem selv i mailen, eller skriv deres adresse på fanen Deltagere.</source>
        <translation>{n} of the network’s members have no usable e-mail address and are not among the recipients: {without_email}.

Add them yourself in the mail, or write their address on the Participants tab.</translation>
    </message>
</context>
<context>
    <name>carry_over</name>
    <message>
        <source>{old_name} sidder også i projektgrupper:
{lines}

Skal {new_names} overtage pladsen fra {on}?</source>
        <translation>{old_name} also sits in project groups:
{lines}

Should {new_names} take over the seat from {on}?</translation>
    </message>
    <message>
        <source>{old_name} sidder også i projektgrupper:
{lines}

Skal {new_names} overtage pladserne fra {on}?</source>
        <translation>{old_name} also sits in project groups:
{lines}

Should {new_names} take over the seats from {on}?</translation>
    </message>
    <message>
        <source>Projektgrupper</source>
        <translation>Project groups</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>{gap_before_min} min. ledig tid før dette punkt</source>
        <translation>{gap_before_min} min. free before this item</translation>
    </message>
    <message>
        <source>{gap_before_min} min. overlap med punktet før</source>
        <translation>{gap_before_min} min. overlap with the item before</translation>
    </message>
    <message>
        <source>Låst til kl. {sep}</source>
        <translation>Fixed at {sep}</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>punkt {number}</source>
        <translation>item {number}</translation>
    </message>
    <message>
        <source>Indsæt punkt »{title}«</source>
        <translation>Insert item “{title}”</translation>
    </message>
    <message>
        <source>Slet punkt »{title}«</source>
        <translation>Delete item “{title}”</translation>
    </message>
    <message>
        <source>Flyt »{title}«</source>
        <translation>Move “{title}”</translation>
    </message>
    <message>
        <source>Ret titel på {named}</source>
        <translation>Edit title of {named}</translation>
    </message>
    <message>
        <source>Ret type på {name} til {value}</source>
        <translation>Change type of {name} to {value}</translation>
    </message>
    <message>
        <source>Ret varighed på {name} til {value} min.</source>
        <translation>Change duration of {name} to {value} min.</translation>
    </message>
    <message>
        <source>Lås {name} til kl. {sep}</source>
        <translation>Fix {name} at {sep}</translation>
    </message>
    <message>
        <source>Frigør tidspunktet for {name}</source>
        <translation>Release the time of {name}</translation>
    </message>
    <message>
        <source>Ret referat til {named}</source>
        <translation>Edit minutes of {named}</translation>
    </message>
    <message>
        <source>Ret beslutning til {named}</source>
        <translation>Edit decision of {named}</translation>
    </message>
    <message>
        <source>Ret sagsfremstilling til {named}</source>
        <translation>Edit background of {named}</translation>
    </message>
    <message>
        <source>Ret indstilling til {named}</source>
        <translation>Edit recommendation of {named}</translation>
    </message>
    <message>
        <source>Ret {named}</source>
        <translation>Edit {named}</translation>
    </message>
    <message>
        <source>Ret oplægsholdere på {named}</source>
        <translation>Edit presenters of {named}</translation>
    </message>
    <message>
        <source>Ret underpunkter til {named}</source>
        <translation>Edit sub-points of {named}</translation>
    </message>
    <message>
        <source>Slet mødet {title}</source>
        <translation>Delete the meeting {title}</translation>
    </message>
    <message>
        <source>Nyt aktionspunkt »{what}«</source>
        <translation>New action item “{what}”</translation>
    </message>
    <message>
        <source>Slet aktionspunkt »{what}«</source>
        <translation>Delete action item “{what}”</translation>
    </message>
    <message>
        <source>Nyt emne til næste møde »{title}«</source>
        <translation>New topic for the next meeting “{title}”</translation>
    </message>
    <message>
        <source>Nyt projekt »{name}«</source>
        <translation>New project “{name}”</translation>
    </message>
    <message>
        <source>Omdøb projekt {name} til »{name2}«</source>
        <translation>Rename project {name} to “{name2}”</translation>
    </message>
    <message>
        <source>Ret fase på {name} til {phase}</source>
        <translation>Change phase of {name} to {phase}</translation>
    </message>
    <message>
        <source>Ret projektejer på {name}</source>
        <translation>Edit project owner of {name}</translation>
    </message>
    <message>
        <source>Ret startdato på {name}</source>
        <translation>Edit start date of {name}</translation>
    </message>
    <message>
        <source>Ret dokumenter på {name}</source>
        <translation>Edit documents of {name}</translation>
    </message>
    <message>
        <source>Ret beskrivelse af {name}</source>
        <translation>Edit description of {name}</translation>
    </message>
    <message>
        <source>Slet projekt »{name}«</source>
        <translation>Delete project “{name}”</translation>
    </message>
    <message>
        <source>Ret {kind}{values}</source>
        <translation>Edit {kind}{values}</translation>
    </message>
    <message>
        <source>Slet {kind}{values}</source>
        <translation>Delete {kind}{values}</translation>
    </message>
    <message>
        <source>Ny {kind}</source>
        <translation>New {kind}</translation>
    </message>
    <message>
        <source>Omdøb gruppe til »{name}«</source>
        <translation>Rename group to “{name}”</translation>
    </message>
    <message>
        <source>Slet gruppen »{name}«</source>
        <translation>Delete the group “{name}”</translation>
    </message>
    <message>
        <source>Tilføj {holder} som {role} i {group_name}</source>
        <translation>Add {holder} as {role} in {group_name}</translation>
    </message>
    <message>
        <source>Ret rolle for {holder} til {role}</source>
        <translation>Change role of {holder} to {role}</translation>
    </message>
    <message>
        <source>Fjern {holder} fra gruppen</source>
        <translation>Remove {holder} from the group</translation>
    </message>
    <message>
        <source>Erstat {holder} med {names}</source>
        <translation>Replace {holder} with {names}</translation>
    </message>
    <message>
        <source>Erstat {holder} med {name}</source>
        <translation>Replace {holder} with {name}</translation>
    </message>
    <message>
        <source>Knyt punktet til »{name}«</source>
        <translation>Link the item to “{name}”</translation>
    </message>
    <message>
        <source>Fjern punktet fra »{name}«</source>
        <translation>Unlink the item from “{name}”</translation>
    </message>
    <message>
        <source>Indsæt seneste status for »{name}«</source>
        <translation>Insert latest status of “{name}”</translation>
    </message>
    <message>
        <source>Nyt forslag »{title}«</source>
        <translation>New proposal “{title}”</translation>
    </message>
    <message>
        <source>Indsæt {n} forslag</source>
        <translation>Paste {n} proposals</translation>
    </message>
    <message>
        <source>Slet forslag »{title}«</source>
        <translation>Delete proposal “{title}”</translation>
    </message>
    <message>
        <source>Ret type på »{title}« til {value}</source>
        <translation>Change type of “{title}” to {value}</translation>
    </message>
    <message>
        <source>Ret {field} på »{title}«</source>
        <translation>Edit {field} of “{title}”</translation>
    </message>
    <message>
        <source>Vælg {name} ({code}) på »{title}«</source>
        <translation>Choose {name} ({code}) for “{title}”</translation>
    </message>
    <message>
        <source>Status »{status}« for »{title}«</source>
        <translation>Status “{status}” for “{title}”</translation>
    </message>
    <message>
        <source>Ret seneste statustrin for »{title}« til »{status}«</source>
        <translation>Correct the latest status step of “{title}” to “{status}”</translation>
    </message>
    <message>
        <source>Ny høringsrunde »{title}«</source>
        <translation>New consultation round “{title}”</translation>
    </message>
    <message>
        <source>Ret høringsrunde »{title}«</source>
        <translation>Edit consultation round “{title}”</translation>
    </message>
    <message>
        <source>Slet høringsrunde »{title}«</source>
        <translation>Delete consultation round “{title}”</translation>
    </message>
    <message>
        <source>Høringssvar fra {who}</source>
        <translation>Consultation response from {who}</translation>
    </message>
    <message>
        <source>Ret høringssvar fra {respondent}</source>
        <translation>Edit consultation response from {respondent}</translation>
    </message>
    <message>
        <source>Slet høringssvar fra {respondent}</source>
        <translation>Delete consultation response from {respondent}</translation>
    </message>
    <message>
        <source>Knyt »{title}« til dagsordenspunkt</source>
        <translation>Link “{title}” to an agenda item</translation>
    </message>
    <message>
        <source>Fjern »{title}« fra dagsordenspunkt</source>
        <translation>Unlink “{title}” from an agenda item</translation>
    </message>
    <message>
        <source>Tilføj kode {code} ({name})</source>
        <translation>Add code {code} ({name})</translation>
    </message>
</context>
<context>
    <name>controller</name>
    <message>
        <source>»{title}« kan ikke åbnes: den hører ikke til et forslag.</source>
        <translation>“{title}” cannot be opened: it belongs to no proposal.</translation>
    </message>
</context>
<context>
    <name>desktop_keys</name>
    <message>
        <source>Ny &amp;database …</source>
        <translation>New &amp;database …</translation>
    </message>
</context>
<context>
    <name>detail_pane</name>
    <message>
        <source>{name} ({code}) er {INACTIVE_NOTE}.</source>
        <translation>{name} ({code}) is {INACTIVE_NOTE}.</translation>
    </message>
    <message>
        <source>»{bad}« er ikke en SNOMED-kode (6-18 cifre).</source>
        <translation>“{bad}” is not a SNOMED code (6-18 digits).</translation>
    </message>
</context>
<context>
    <name>detail_panes</name>
    <message>
        <source>{meeting_date}  punkt {number}: {title}</source>
        <translation>{meeting_date}  item {number}: {title}</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Datoen {on} ligger i fremtiden.</source>
        <translation>The date {on} is in the future.</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Eksportér SOR-forslag</source>
        <translation>Export SOR proposals</translation>
    </message>
    <message>
        <source>Der er ingen SOR-forslag endnu.</source>
        <translation>There are no SOR proposals yet.</translation>
    </message>
    <message>
        <source>SOR-forslag til Word-resuméet</source>
        <translation>SOR proposals for the Word summary</translation>
    </message>
    <message>
        <source>Vælg mindst ét forslag.</source>
        <translation>Select at least one proposal.</translation>
    </message>
    <message>
        <source>SOR-resumé gemt: {written}</source>
        <translation>SOR summary saved: {written}</translation>
    </message>
</context>
<context>
    <name>export_actions</name>
    <message>
        <source>Dagsorden, referat, oversigt og indkaldelse skrives på engelsk.</source>
        <translation>Agenda, minutes, overview and invitation are written in English.</translation>
    </message>
    <message>
        <source>Dokumenterne skrives på dansk.</source>
        <translation>The documents are written in Danish.</translation>
    </message>
    <message>
        <source>Forfatter</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Sekretariatets navn (forfatter på dokumenterne):</source>
        <translation>The secretariat&apos;s name (author of the documents):</translation>
    </message>
    <message>
        <source>Personoplysninger</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>Eksportér</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Vælg et møde først.</source>
        <translation>Select a meeting first.</translation>
    </message>
    <message>
        <source>Vælg Word-skabelon</source>
        <translation>Choose Word template</translation>
    </message>
    <message>
        <source>Word-skabelon</source>
        <translation>Word template</translation>
    </message>
    <message>
        <source>Word-skabelon: standard</source>
        <translation>Word template: default</translation>
    </message>
    <message>
        <source>Vælg et projekt på fanen Projekter først.</source>
        <translation>Select a project on the Projects tab first.</translation>
    </message>
    <message>
        <source>Eksporten er annulleret; intet er gemt.</source>
        <translation>The export was cancelled; nothing was saved.</translation>
    </message>
    <message>
        <source>Eksportér {word}</source>
        <translation>Export {word}</translation>
    </message>
    <message>
        <source>{word} gemt: {written}</source>
        <translation>{word} saved: {written}</translation>
    </message>
    <message>
        <source>Statusrapport gemt: {written}</source>
        <translation>Status report saved: {written}</translation>
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
    <message>
        <source>Gemt: {name}</source>
        <translation>Saved: {name}</translation>
    </message>
</context>
<context>
    <name>followup_pane</name>
    <message>
        <source>Næste møde er ikke oprettet endnu.</source>
        <translation>The next meeting has not been created yet.</translation>
    </message>
    <message>
        <source>(sat på dagsordenen)</source>
        <translation>(put on the agenda)</translation>
    </message>
    <message>
        <source>Næste møde: {day}</source>
        <translation>Next meeting: {day}</translation>
    </message>
</context>
<context>
    <name>import_command</name>
    <message>
        <source>nyt møde {new}</source>
        <translation>new meeting {new}</translation>
    </message>
    <message>
        <source>Importér dagsorden ({n} punkter, {where})</source>
        <translation>Import agenda ({n} items, {where})</translation>
    </message>
</context>
<context>
    <name>import_dialog</name>
    <message>
        <source>Importér</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importér {count}</source>
        <translation>Import {count}</translation>
    </message>
</context>
<context>
    <name>import_model</name>
    <message>
        <source>Linje {n}: {n2}</source>
        <translation>Line {n}: {n2}</translation>
    </message>
</context>
<context>
    <name>import_panels</name>
    <message>
        <source>Linje {n}: {n2}</source>
        <translation>Line {n}: {n2}</translation>
    </message>
    <message>
        <source>Ikke forstået ({n})</source>
        <translation>Not understood ({n})</translation>
    </message>
    <message>
        <source>{doubtful} tvivlsomme (gule: se tekst og linjer under listen)</source>
        <translation>{doubtful} doubtful (yellow: see text and lines below the list)</translation>
    </message>
    <message>
        <source>næste møde {when}</source>
        <translation>next meeting {when}</translation>
    </message>
    <message>
        <source> med {n} emner</source>
        <translation> with {n} topics</translation>
    </message>
</context>
<context>
    <name>import_target</name>
    <message>
        <source>Mødedato: {reason}</source>
        <translation>Meeting date: {reason}</translation>
    </message>
</context>
<context>
    <name>import_view</name>
    <message>
        <source>Forhåndsvisning af dagsordenen</source>
        <translation>Preview of the agenda</translation>
    </message>
</context>
<context>
    <name>item_steps</name>
    <message>
        <source>Flyt »{title}« op</source>
        <translation>Move “{title}” up</translation>
    </message>
    <message>
        <source>Flyt »{title}« ned</source>
        <translation>Move “{title}” down</translation>
    </message>
    <message>
        <source>Gør »{title}« til underpunkt</source>
        <translation>Make “{title}” a sub-item</translation>
    </message>
    <message>
        <source>Gør »{title}« til punkt</source>
        <translation>Make “{title}” an item</translation>
    </message>
</context>
<context>
    <name>list_model</name>
    <message>
        <source>Fase: &lt;b&gt;{phase}&lt;/b&gt;</source>
        <translation>Phase: &lt;b&gt;{phase}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Status: &lt;span style=&apos;background:{colour}&apos;&gt;&amp;nbsp;{rag}&amp;nbsp;&lt;/span&gt; ({noted_on})</source>
        <translation>Status: &lt;span style=&apos;background:{colour}&apos;&gt;&amp;nbsp;{rag}&amp;nbsp;&lt;/span&gt; ({noted_on})</translation>
    </message>
    <message>
        <source>Projektejer: {owner}</source>
        <translation>Project owner: {owner}</translation>
    </message>
    <message>
        <source>Foreslået: {proposed_name}</source>
        <translation>Proposed: {proposed_name}</translation>
    </message>
</context>
<context>
    <name>live_open</name>
    <message>
        <source>Mødeleders visning</source>
        <translation>Chair&apos;s view</translation>
    </message>
    <message>
        <source>Vælg et møde først.</source>
        <translation>Select a meeting first.</translation>
    </message>
</context>
<context>
    <name>membership_actions</name>
    <message>
        <source>Nye medlemmer</source>
        <translation>New members</translation>
    </message>
    <message>
        <source>Velkomsttekst</source>
        <translation>Welcome text</translation>
    </message>
    <message>
        <source>Velkomsttekst til dagsordenen</source>
        <translation>Welcome text for the agenda</translation>
    </message>
    <message>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Kopiér</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Nyt medlemskab for »{name}«</source>
        <translation>New membership for “{name}”</translation>
    </message>
    <message>
        <source>Ret medlemskab for »{name}«</source>
        <translation>Edit membership for “{name}”</translation>
    </message>
    <message>
        <source>Afslut medlemskab for »{name}«</source>
        <translation>End membership for “{name}”</translation>
    </message>
    <message>
        <source>Slet medlemskab for »{name}«</source>
        <translation>Delete membership for “{name}”</translation>
    </message>
    <message>
        <source>Erstat »{old}« med »{new}«</source>
        <translation>Replace “{old}” with “{new}”</translation>
    </message>
    <message>
        <source>Velkomst – mødet {day}</source>
        <translation>Welcome – the meeting on {day}</translation>
    </message>
</context>
<context>
    <name>milestone_page</name>
    <message>
        <source>Tidslinjen er gemt: {written}</source>
        <translation>The timeline is saved: {written}</translation>
    </message>
</context>
<context>
    <name>minutes_actions</name>
    <message>
        <source>Tilføj {name} som gæst</source>
        <translation>Add {name} as guest</translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <source>… og {count} flere (Enter viser dem)</source>
        <translation>… and {count} more (Enter shows them)</translation>
    </message>
</context>
<context>
    <name>org_actions</name>
    <message>
        <source>Skift rolle</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>Tilføj {name} (ny person) som {role} i {name2}</source>
        <translation>Add {name} (new person) as {role} in {name2}</translation>
    </message>
    <message>
        <source>Erstat {holder} i {name}</source>
        <translation>Replace {holder} in {name}</translation>
    </message>
    <message>
        <source>Slet {name} med {n} medlemmer? (Kan fortrydes.)</source>
        <translation>Delete {name} with {n} members? (Can be undone.)</translation>
    </message>
    <message>
        <source>{holder} sad i gruppen til {end_date}; historikken bevares.</source>
        <translation>{holder} sat in the group until {end_date}; the history is kept.</translation>
    </message>
    <message>
        <source>Indsæt {n} navne i {groups}</source>
        <translation>Paste {n} names into {groups}</translation>
    </message>
</context>
<context>
    <name>org_pane</name>
    <message>
        <source> (til {end_date})</source>
        <translation> (until {end_date})</translation>
    </message>
    <message>
        <source> (efter {replaces_name})</source>
        <translation> (after {replaces_name})</translation>
    </message>
</context>
<context>
    <name>panel</name>
    <message>
        <source>{total} fund · ↑↓ vælg · Enter åbner · Esc lukker</source>
        <translation>{total} found · ↑↓ choose · Enter opens · Esc closes</translation>
    </message>
</context>
<context>
    <name>panels</name>
    <message>
        <source>Medlemskaber</source>
        <translation>Memberships</translation>
    </message>
    <message>
        <source>Medlemskaber – %1</source>
        <translation>Memberships – %1</translation>
    </message>
</context>
<context>
    <name>part_columns</name>
    <message>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Slet {kind}{values}? (Kan fortrydes med Ctrl+Z.)</source>
        <translation>Delete {kind}{values}? (Can be undone with Ctrl+Z.)</translation>
    </message>
</context>
<context>
    <name>paste_dialog</name>
    <message>
        <source>Opret 1 forslag</source>
        <translation>Create 1 proposal</translation>
    </message>
    <message>
        <source>linje {lines} ({reason})</source>
        <translation>line {lines} ({reason})</translation>
    </message>
    <message>
        <source>{n} forslag oprettes.</source>
        <translation>{n} proposals will be created.</translation>
    </message>
    <message>
        <source> Sprunget over: {left}.</source>
        <translation> Skipped: {left}.</translation>
    </message>
    <message>
        <source>Opret {n} forslag</source>
        <translation>Create {n} proposals</translation>
    </message>
    <message>
        <source>Forslag {n} (»{title}«): {reason}</source>
        <translation>Proposal {n} (“{title}”): {reason}</translation>
    </message>
    <message>
        <source>Datoen {on} ligger i fremtiden.</source>
        <translation>The date {on} is in the future.</translation>
    </message>
</context>
<context>
    <name>person_dialog</name>
    <message>
        <source>»{value}« passer på {n} organisationer ({names}); skriv mere af navnet eller vælg i listen.</source>
        <translation>»{value}« fits {n} organisations ({names}); type more of the name or pick one from the list.</translation>
    </message>
    <message>
        <source>Ret person</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <source>Ny person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Ukendt organisation »{value}«; vælg en fra listen eller opret den med »Ny organisation …«.</source>
        <translation>Unknown organisation “{value}”; choose one from the list or create it with “New organisation …”.</translation>
    </message>
</context>
<context>
    <name>replace_dialog</name>
    <message>
        <source>»{value}« passer på flere personer; vælg den rigtige fra listen.</source>
        <translation>“{value}” matches several people; choose the right one from the list.</translation>
    </message>
    <message>
        <source>»{value}« er ikke på listen; vælg en person fra listen, eller opret en med »Ny person …«.</source>
        <translation>“{value}” is not on the list; choose a person from the list, or create one with “New person …”.</translation>
    </message>
</context>
<context>
    <name>response_dialog</name>
    <message>
        <source>Forslag {pid}</source>
        <translation>Proposal {pid}</translation>
    </message>
    <message>
        <source>Svaret ({received}) kan ikke være modtaget, før runden blev sendt ({sent}).</source>
        <translation>The response ({received}) cannot have been received before the round was sent ({sent}).</translation>
    </message>
</context>
<context>
    <name>round_actions</name>
    <message>
        <source>Slet høringsrunde</source>
        <translation>Delete consultation round</translation>
    </message>
    <message>
        <source>Runden er gemt, men disse forslag kunne ikke følge med, fordi deres forløb ikke tillader trinnet på den dato:
{names}
Ret dem under »Status og forløb«.</source>
        <translation>The round is saved, but these proposals could not follow because their history does not allow the step on that date:
{names}
Correct them under “Status and process”.</translation>
    </message>
    <message>
        <source>Markér »{title}« som sendt</source>
        <translation>Mark “{title}” as sent</translation>
    </message>
    <message>
        <source>Slet høringsrunden »{title}« med {n} høringssvar?
Sletningen kan fortrydes (Ctrl+Z).</source>
        <translation>Delete the consultation round “{title}” with {n} responses?
The deletion can be undone (Ctrl+Z).</translation>
    </message>
</context>
<context>
    <name>round_dialogs</name>
    <message>
        <source>{respondent} har afgivet høringssvar og kan ikke fjernes som modtager.</source>
        <translation>{respondent} has responded and cannot be removed as a recipient.</translation>
    </message>
    <message>
        <source>Svaret fra {respondent} ({received_on}) ligger før den nye afsendelsesdato.</source>
        <translation>The response from {respondent} ({received_on}) is before the new sending date.</translation>
    </message>
</context>
<context>
    <name>rounds_pane</name>
    <message>
        <source>Besvaret {answered_on}</source>
        <translation>Answered {answered_on}</translation>
    </message>
    <message>
        <source>Høringssvar – {title} (sendt til {to})</source>
        <translation>Responses – {title} (sent to {to})</translation>
    </message>
</context>
<context>
    <name>seat_dialog</name>
    <message>
        <source>Tilføj medlem til {name}</source>
        <translation>Add member to {name}</translation>
    </message>
    <message>
        <source>Ukendt organisation »{org_text}«; vælg en fra listen.</source>
        <translation>Unknown organisation “{org_text}”; choose one from the list.</translation>
    </message>
</context>
<context>
    <name>seat_paste_dialog</name>
    <message>
        <source>{kind} (ny)</source>
        <translation>{kind} (new)</translation>
    </message>
    <message>
        <source>{new_kind} (ny)</source>
        <translation>{new_kind} (new)</translation>
    </message>
    <message>
        <source>{open_} skal vælges</source>
        <translation>{open_} to choose</translation>
    </message>
    <message>
        <source>linje {n} ({why})</source>
        <translation>line {n} ({why})</translation>
    </message>
    <message>
        <source>Linje {line}: vælg hvem »{name}« er, eller »{SKIP}«.</source>
        <translation>Line {line}: choose who “{name}” is, or “{SKIP}”.</translation>
    </message>
</context>
<context>
    <name>settings_fields</name>
    <message>
        <source>Navnet er for langt: {n} tegn (højst {AUTHOR_MAX}).</source>
        <translation>The name is too long: {n} characters (at most {AUTHOR_MAX}).</translation>
    </message>
    <message>
        <source>Mappen findes ikke: {folder}. Vælg en mappe, der findes, eller lad feltet stå tomt (så bruges den senest brugte mappe).</source>
        <translation>The folder does not exist: {folder}. Choose a folder that exists, or leave the field empty (then the folder used last is used).</translation>
    </message>
    <message>
        <source>minutter</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>dage</source>
        <translation>days</translation>
    </message>
    <message>
        <source>uger</source>
        <translation>weeks</translation>
    </message>
    <message>
        <source>»{value}« er ikke et helt antal {what} fra {low} til {high}.</source>
        <translation>“{value}” is not a whole number of {what} from {low} to {high}.</translation>
    </message>
    <message>
        <source>Feltet er tomt; skriv et helt antal {what} fra {low} til {high}.</source>
        <translation>The field is empty; write a whole number of {what} from {low} to {high}.</translation>
    </message>
</context>
<context>
    <name>tab</name>
    <message>
        <source>Intet projekt valgt</source>
        <translation>No project selected</translation>
    </message>
    <message>
        <source>Opret et projekt med »Nyt projekt …«.</source>
        <translation>Create a project with “New project …”.</translation>
    </message>
    <message>
        <source>Intet forslag valgt – opret et med »Nyt forslag …«.</source>
        <translation>No proposal selected – create one with “New proposal …”.</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <source>{day} kl. {time}</source>
        <translation>{day} at {time}</translation>
    </message>
    <message>
        <source>registreret {when}</source>
        <translation>recorded {when}</translation>
    </message>
    <message>
        <source> af {recorded_by}</source>
        <translation> by {recorded_by}</translation>
    </message>
    <message>
        <source>  [rettelse af »{status}«]</source>
        <translation>  [correction of “{status}”]</translation>
    </message>
    <message>
        <source>[rettet]</source>
        <translation>[corrected]</translation>
    </message>
    <message>
        <source>Rettelse: {status} &lt;span style=&apos;color:#6b7280&apos;&gt;(i stedet for »{old}«)&lt;/span&gt;</source>
        <translation>Correction: {status} &lt;span style=&apos;color:#6b7280&apos;&gt;(instead of “{old}”)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>rettet</source>
        <translation>corrected</translation>
    </message>
    <message>
        <source>Ingen statustrin endnu.</source>
        <translation>No status steps yet.</translation>
    </message>
</context>
<context>
    <name>timeline_widget</name>
    <message>
        <source>Hele forløbet</source>
        <translation>Whole timeline</translation>
    </message>
    <message>
        <source>Seneste 12 måneder</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>Næste 12 måneder</source>
        <translation>Next 12 months</translation>
    </message>
    <message>
        <source>Hvilken periode tidslinjen viser</source>
        <translation>The period the timeline shows</translation>
    </message>
    <message>
        <source>Intet projekt valgt.</source>
        <translation>No project selected.</translation>
    </message>
    <message>
        <source>forsinket</source>
        <translation>delayed</translation>
    </message>
    <message>
        <source>Billedet kunne ikke gemmes: {path}</source>
        <translation>The picture could not be saved: {path}</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Fortryd sprunget over</source>
        <translation>Undo skipped</translation>
    </message>
    <message>
        <source>Omgør sprunget over</source>
        <translation>Redo skipped</translation>
    </message>
    <message>
        <source>»{value}« kunne ikke gennemføres: {reason}</source>
        <translation>“{value}” could not be carried out: {reason}</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>fx KKR Nordjylland</source>
        <translation>e.g. KKR Nordjylland</translation>
    </message>
</context>
</TS>
