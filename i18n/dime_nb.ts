<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>AccessLog</name>
    <message>
        <source>Changed</source>
        <translation>Endret</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Skrevet ut</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Eksportert</translation>
    </message>
    <message>
        <source>Marked as sent</source>
        <translation>Merket som sendt</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Overlevert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Own copy for the person</source>
        <translation>Innsyn (kopi til personen)</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Samtykke trukket tilbake</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Låst opp</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <source>Failed unlock</source>
        <translation>Mislykket opplåsing</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sikkerhetskopi</translation>
    </message>
    <message>
        <source>Passphrase or key changed</source>
        <translation>Passordfrase eller nøkkel endret</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Sak åpnet</translation>
    </message>
    <message>
        <source>Case created</source>
        <translation>Sak opprettet</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>Gjenopprettet fra sikkerhetskopi</translation>
    </message>
    <message>
        <source>Earlier register imported</source>
        <translation>Tidligere register importert</translation>
    </message>
    <message>
        <source>Retention rules</source>
        <translation>Regler for lagringstid</translation>
    </message>
    <message>
        <source>Old log entries removed</source>
        <translation>Gamle loggoppføringer fjernet</translation>
    </message>
    <message>
        <source>consent: {purpose}</source>
        <translation>samtykke: {purpose}</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>saksnummer</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>opprettet</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>avsluttet</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>kanal</translation>
    </message>
    <message>
        <source>area</source>
        <translation>saksområde</translation>
    </message>
    <message>
        <source>track</source>
        <translation>spor</translation>
    </message>
    <message>
        <source>counterpart type</source>
        <translation>motpartstype</translation>
    </message>
    <message>
        <source>counterpart name</source>
        <translation>motpartens navn</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>sammendrag</translation>
    </message>
    <message>
        <source>grounds</source>
        <translation>grunnlag</translation>
    </message>
    <message>
        <source>incident types</source>
        <translation>hendelsestyper</translation>
    </message>
    <message>
        <source>journal</source>
        <translation>journal</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>oppfølging</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>tidslinje</translation>
    </message>
    <message>
        <source>mediation</source>
        <translation>megling</translation>
    </message>
    <message>
        <source>client</source>
        <translation>klient</translation>
    </message>
    <message>
        <source>client&apos;s name</source>
        <translation>klientens navn</translation>
    </message>
    <message>
        <source>client&apos;s contact</source>
        <translation>klientens kontakt</translation>
    </message>
    <message>
        <source>language</source>
        <translation>språk</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>tolk</translation>
    </message>
    <message>
        <source>client notes</source>
        <translation>klientnotater</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>bevis</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>dokumenter</translation>
    </message>
    <message>
        <source>sorting conversation</source>
        <translation>sorteringssamtale</translation>
    </message>
    <message>
        <source>complaint to the tribunal</source>
        <translation>klage til Diskrimineringsnemnda</translation>
    </message>
    <message>
        <source>police report</source>
        <translation>anmeldelse til politiet</translation>
    </message>
    <message>
        <source>letter to the other party</source>
        <translation>brev til motparten</translation>
    </message>
    <message>
        <source>authorisation</source>
        <translation>fullmakt</translation>
    </message>
    <message>
        <source>referral letter</source>
        <translation>henvisningsbrev</translation>
    </message>
    <message>
        <source>mediation agreement</source>
        <translation>meglingsavtale</translation>
    </message>
    <message>
        <source>with the passphrase</source>
        <translation>med passordfrasen</translation>
    </message>
    <message>
        <source>with the recovery key</source>
        <translation>med gjenopprettingsnøkkelen</translation>
    </message>
    <message>
        <source>from this device&apos;s keychain</source>
        <translation>fra nøkkelringen på denne maskinen</translation>
    </message>
    <message>
        <source>with the vault key</source>
        <translation>med hvelvnøkkelen</translation>
    </message>
    <message>
        <source>vault created</source>
        <translation>hvelvet ble laget</translation>
    </message>
    <message>
        <source>new key</source>
        <translation>ny nøkkel</translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>anonymisert</translation>
    </message>
    <message>
        <source>completely</source>
        <translation>helt</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisk</translation>
    </message>
    <message>
        <source>on request</source>
        <translation>på forespørsel</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>daglig</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>før en gjenoppretting</translation>
    </message>
    <message>
        <source>into a new folder</source>
        <translation>i en ny mappe</translation>
    </message>
    <message>
        <source>over this vault</source>
        <translation>over dette hvelvet</translation>
    </message>
    <message>
        <source>evidence added</source>
        <translation>bevis lagt til</translation>
    </message>
    <message>
        <source>evidence changed</source>
        <translation>bevis endret</translation>
    </message>
    <message>
        <source>evidence moved</source>
        <translation>bevis flyttet</translation>
    </message>
    <message>
        <source>evidence removed</source>
        <translation>bevis fjernet</translation>
    </message>
    <message>
        <source>evidence package</source>
        <translation>bevispakke</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>sjekkliste</translation>
    </message>
    <message>
        <source>take-away sheet</source>
        <translation>ark til klienten</translation>
    </message>
    <message>
        <source>mediation case</source>
        <translation>meglingssak</translation>
    </message>
    <message>
        <source>PDF, anonymised copy</source>
        <translation>PDF, anonymisert kopi</translation>
    </message>
    <message>
        <source>DOCX, anonymised copy</source>
        <translation>DOCX, anonymisert kopi</translation>
    </message>
    <message>
        <source>whole case</source>
        <translation>hele saken</translation>
    </message>
    <message>
        <source>{n} cases</source>
        <translation>{n} saker</translation>
    </message>
    <message>
        <source>request received {date}</source>
        <translation>forespørsel mottatt {date}</translation>
    </message>
    <message>
        <source>{n} removed</source>
        <translation>{n} fjernet</translation>
    </message>
    <message>
        <source>rules confirmed</source>
        <translation>reglene bekreftet</translation>
    </message>
    <message>
        <source>rules changed</source>
        <translation>reglene endret</translation>
    </message>
    <message>
        <source>advice {advice} y, mediation {mediation} y, log {log} y</source>
        <translation>rådgivning {advice} år, megling {mediation} år, logg {log} år</translation>
    </message>
    <message>
        <source>{content}, bundle no. {n}</source>
        <translation>{content}, pakke nr. {n}</translation>
    </message>
    <message>
        <source>{document}: draft started</source>
        <translation>{document}: utkast påbegynt</translation>
    </message>
    <message>
        <source>{document}: new version</source>
        <translation>{document}: ny versjon</translation>
    </message>
    <message>
        <source>{document}: draft removed</source>
        <translation>{document}: utkast fjernet</translation>
    </message>
    <message>
        <source>{document}, {format}, anonymised copy</source>
        <translation>{document}, {format}, anonymisert kopi</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sak</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalj</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(ukjent)</translation>
    </message>
</context>
<context>
    <name>AccessLogView</name>
    <message>
        <source>Access log</source>
        <translation>Tilgangslogg</translation>
    </message>
    <message>
        <source>Who opened, changed, printed or exported which case, and when; never what was written. Each entry holds the fingerprint of the one before, so a removed or changed entry shows.</source>
        <translation>Hvem som åpnet, endret, skrev ut eller eksporterte hvilken sak, og når; aldri hva som ble skrevet. Hver oppføring bærer fingeravtrykket til den forrige, så en fjernet eller endret oppføring synes.</translation>
    </message>
    <message>
        <source>State of the access log</source>
        <translation>Tilstanden til tilgangsloggen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Saksnummer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <source>The vault (unlock, lock, backup…)</source>
        <translation>Hvelvet (opplåsing, låsing, sikkerhetskopi…)</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>Show the entries</source>
        <translation>Vis oppføringene</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>F&amp;ra:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>C&amp;ase:</source>
        <translation>S&amp;ak:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Access log entries</source>
        <translation>Oppføringer i tilgangsloggen</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>Vis &amp;flere</translation>
    </message>
    <message>
        <source>&amp;Check the log</source>
        <translation>&amp;Kontroller loggen</translation>
    </message>
    <message>
        <source>Check the log</source>
        <translation>Kontroller loggen</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>&amp;Eksporter som CSV…</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Eksporter som CSV</translation>
    </message>
    <message>
        <source>This is not a valid date.</source>
        <translation>Dette er ikke en gyldig dato.</translation>
    </message>
    <message>
        <source>{shown} of {total} entries</source>
        <translation>{shown} av {total} oppføringer</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 oppføring</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>{n} oppføringer</translation>
    </message>
    <message>
        <source>The log is being checked…</source>
        <translation>Loggen kontrolleres…</translation>
    </message>
    <message>
        <source>✓ The log is intact: no entry was removed or changed.</source>
        <translation>✓ Loggen er hel: ingen oppføring er fjernet eller endret.</translation>
    </message>
    <message>
        <source>⚠ The log is broken at entry {n}: an entry was removed or changed after it was written.</source>
        <translation>⚠ Loggen er brutt ved oppføring {n}: en oppføring er fjernet eller endret etter at den ble skrevet.</translation>
    </message>
    <message>
        <source>⚠ The log is broken: {problem}</source>
        <translation>⚠ Loggen er brutt: {problem}</translation>
    </message>
    <message>
        <source>access-log</source>
        <translation>tilgangslogg</translation>
    </message>
    <message>
        <source>Export the access log</source>
        <translation>Eksporter tilgangsloggen</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>{n} entries written to {path}.</source>
        <translation>{n} oppføringer skrevet til {path}.</translation>
    </message>
    <message>
        <source>Writing the CSV file…</source>
        <translation>Skriver CSV-filen…</translation>
    </message>
</context>
<context>
    <name>AccessPanel</name>
    <message>
        <source>Every opening, change, print and export of this case, with who did it. The log never holds what was written.</source>
        <translation>Hver gang saken er åpnet, endret, skrevet ut eller eksportert, og av hvem. Loggen inneholder aldri det som ble skrevet.</translation>
    </message>
    <message>
        <source>Who saw this case</source>
        <translation>Hvem har sett saken</translation>
    </message>
    <message>
        <source>The person&apos;s own &amp;copy…</source>
        <translation>Personens egen &amp;kopi (innsyn)…</translation>
    </message>
    <message>
        <source>The person&apos;s own copy</source>
        <translation>Personens egen kopi (innsyn)</translation>
    </message>
    <message>
        <source>Everything the vault holds about the client (GDPR art. 15)</source>
        <translation>Alt hvelvet har om klienten (personvernforordningen art. 15)</translation>
    </message>
    <message>
        <source>&amp;Delete the case…</source>
        <translation>&amp;Slett saken…</translation>
    </message>
    <message>
        <source>Delete the case</source>
        <translation>Slett saken</translation>
    </message>
    <message>
        <source>Saved cases have a log.</source>
        <translation>Lagrede saker har en logg.</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 oppføring</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>{n} oppføringer</translation>
    </message>
    <message>
        <source>&amp;Who saw this case</source>
        <translation>&amp;Hvem har sett saken</translation>
    </message>
</context>
<context>
    <name>AddContactDialog</name>
    <message>
        <source>Add a colleague</source>
        <translation>Legg til en kollega</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the colleague, in person or on the phone. Trust the key only when every character is the same.</source>
        <translation>Sammenlign dette fingeravtrykket med kollegaen, ansikt til ansikt eller på telefon. Godkjenn nøkkelen bare når hvert tegn er likt.</translation>
    </message>
    <message>
        <source>Their fingerprint</source>
        <translation>Deres fingeravtrykk</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>I have compared the fingerprint with the colleague</source>
        <translation>Jeg har sammenlignet fingeravtrykket med kollegaen</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingeravtrykk</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Godkjenn</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Locked after 1 minute without use.</source>
        <translation>Låst etter 1 minutt uten bruk.</translation>
    </message>
    <message>
        <source>Locked after {n} minutes without use.</source>
        <translation>Låst etter {n} minutter uten bruk.</translation>
    </message>
    <message>
        <source>Locked because the computer went to sleep.</source>
        <translation>Låst fordi datamaskinen gikk i dvale.</translation>
    </message>
    <message>
        <source>Locked because the session was locked.</source>
        <translation>Låst fordi økten ble låst.</translation>
    </message>
    <message>
        <source>Locked by you.</source>
        <translation>Låst av deg.</translation>
    </message>
    <message>
        <source>The app locked while a new recovery key was on screen, before it was marked as written down. The old recovery key no longer works: make a new one now (Tools → New recovery key) and write it down.</source>
        <translation>Programmet låste seg mens en ny gjenopprettingsnøkkel var på skjermen, før den var merket som skrevet ned. Den gamle gjenopprettingsnøkkelen virker ikke lenger: lag en ny nå (Verktøy → Ny gjenopprettingsnøkkel) og skriv den ned.</translation>
    </message>
    <message>
        <source>Open Backups and choose Back up now to make one.</source>
        <translation>Åpne Sikkerhetskopier og velg Ta sikkerhetskopi nå for å lage en.</translation>
    </message>
    <message>
        <source>The last automatic backup failed; the earlier backups were kept.</source>
        <translation>Den siste automatiske sikkerhetskopien mislyktes; de tidligere sikkerhetskopiene er beholdt.</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Avslutter</translation>
    </message>
    <message>
        <source>A backup of the vault is being made; DiMe Desktop closes when it is done.</source>
        <translation>En sikkerhetskopi av hvelvet lages; DiMe Desktop avsluttes når den er ferdig.</translation>
    </message>
    <message>
        <source>Closing the vault…</source>
        <translation>Lukker hvelvet…</translation>
    </message>
    <message>
        <source>Backup under way</source>
        <translation>Sikkerhetskopi pågår</translation>
    </message>
    <message>
        <source>Demo – synthetic data</source>
        <translation>Demo – syntetiske data</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Demo passphrase: {passphrase}</source>
        <translation>Passordfrase for demoen: {passphrase}</translation>
    </message>
</context>
<context>
    <name>BackupKeyDialog</name>
    <message>
        <source>Open the backup</source>
        <extracomment>(passphrase, recovery_key) -&gt; a RestorePlan; one of the two is None.</extracomment>
        <translation>Åpne sikkerhetskopien</translation>
    </message>
    <message>
        <source>The backup of {made} was made with an earlier key of the vault, so today&apos;s key does not open it. Type the passphrase the vault had when the backup was made, or the recovery key of that time.</source>
        <translation>Sikkerhetskopien fra {made} ble laget med en tidligere nøkkel til hvelvet, så dagens nøkkel åpner den ikke. Skriv inn passordfrasen hvelvet hadde da sikkerhetskopien ble laget, eller gjenopprettingsnøkkelen fra den tiden.</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Sikkerhetskopiens passordfrase</translation>
    </message>
    <message>
        <source>Recovery key of the backup</source>
        <translation>Sikkerhetskopiens gjenopprettingsnøkkel</translation>
    </message>
    <message>
        <source>&amp;Passphrase of the backup:</source>
        <translation>&amp;Sikkerhetskopiens passordfrase:</translation>
    </message>
    <message>
        <source>or its &amp;recovery key:</source>
        <translation>eller dens &amp;gjenopprettingsnøkkel:</translation>
    </message>
    <message>
        <source>&amp;Open the backup</source>
        <translation>&amp;Åpne sikkerhetskopien</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Kontrollerer sikkerhetskopien…</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Last verified backup: none yet</source>
        <translation>Siste kontrollerte sikkerhetskopi: ingen ennå</translation>
    </message>
    <message>
        <source>Last verified backup: today</source>
        <translation>Siste kontrollerte sikkerhetskopi: i dag</translation>
    </message>
    <message>
        <source>Last verified backup: 1 day ago</source>
        <translation>Siste kontrollerte sikkerhetskopi: i går</translation>
    </message>
    <message>
        <source>Last verified backup: {days} days ago</source>
        <translation>Siste kontrollerte sikkerhetskopi: for {days} dager siden</translation>
    </message>
    <message>
        <source>This vault has no verified backup yet. After unlocking, open Backups and choose Back up now.</source>
        <translation>Dette hvelvet har ingen kontrollert sikkerhetskopi ennå. Åpne Sikkerhetskopier etter at du har låst opp, og velg Ta sikkerhetskopi nå.</translation>
    </message>
    <message>
        <source>The last verified backup is {days} days old (the limit is {limit}). After unlocking, open Backups and choose Back up now.</source>
        <translation>Den siste kontrollerte sikkerhetskopien er {days} dager gammel (grensen er {limit} dager). Åpne Sikkerhetskopier etter at du har låst opp, og velg Ta sikkerhetskopi nå.</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>kontrollert</translation>
    </message>
    <message>
        <source>made with an earlier key</source>
        <translation>laget med en tidligere nøkkel</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>skadet</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>ikke kontrollert</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>før en gjenoppretting</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>før en oppdatering</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>for hånd</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>daglig</translation>
    </message>
    <message>
        <source>on lock or quit</source>
        <translation>ved låsing eller avslutning</translation>
    </message>
    <message>
        <source>{cases} cases, {journal} journal entries, {outreach} outreach activities</source>
        <translation>{cases} saker, {journal} journalnotater, {outreach} utadrettede aktiviteter</translation>
    </message>
</context>
<context>
    <name>BackupsView</name>
    <message>
        <source>Backups</source>
        <translation>Sikkerhetskopier</translation>
    </message>
    <message>
        <source>Last verified backup</source>
        <translation>Siste kontrollerte sikkerhetskopi</translation>
    </message>
    <message>
        <source>Last backup failed</source>
        <translation>Siste sikkerhetskopi mislyktes</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Ta sikkerhetskopi nå</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Ta sikkerhetskopi nå</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Laget</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Restore into a &amp;new folder…</source>
        <translation>Gjenopprett i en &amp;ny mappe…</translation>
    </message>
    <message>
        <source>Restore into a new folder</source>
        <translation>Gjenopprett i en ny mappe</translation>
    </message>
    <message>
        <source>Restore &amp;over this vault…</source>
        <translation>Gjenopprett &amp;over dette hvelvet…</translation>
    </message>
    <message>
        <source>Restore over this vault</source>
        <translation>Gjenopprett over dette hvelvet</translation>
    </message>
    <message>
        <source>Where and how many</source>
        <translation>Hvor og hvor mange</translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation>Andre mappe for sikkerhetskopier</translation>
    </message>
    <message>
        <source>Choose a &amp;second folder…</source>
        <translation>Velg en &amp;andre mappe…</translation>
    </message>
    <message>
        <source>Choose a second backup folder</source>
        <translation>Velg en andre mappe for sikkerhetskopier</translation>
    </message>
    <message>
        <source>Stop using it</source>
        <translation>Slutt å bruke den</translation>
    </message>
    <message>
        <source>Stop using the second folder</source>
        <translation>Slutt å bruke den andre mappen</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Daglige sikkerhetskopier som beholdes</translation>
    </message>
    <message>
        <source>Weekly backups kept</source>
        <translation>Ukentlige sikkerhetskopier som beholdes</translation>
    </message>
    <message>
        <source>Monthly backups kept</source>
        <translation>Månedlige sikkerhetskopier som beholdes</translation>
    </message>
    <message>
        <source>Warn after days without a backup</source>
        <translation>Varsle etter dager uten sikkerhetskopi</translation>
    </message>
    <message>
        <source>&amp;Daily backups kept:</source>
        <translation>&amp;Daglige som beholdes:</translation>
    </message>
    <message>
        <source>&amp;Weekly backups kept:</source>
        <translation>&amp;Ukentlige som beholdes:</translation>
    </message>
    <message>
        <source>&amp;Monthly backups kept:</source>
        <translation>&amp;Månedlige som beholdes:</translation>
    </message>
    <message>
        <source>Warn on the unlock screen &amp;after (days):</source>
        <translation>Varsle på opplåsingsskjermen &amp;etter (dager):</translation>
    </message>
    <message>
        <source>vault folder</source>
        <translation>hvelvmappen</translation>
    </message>
    <message>
        <source>The last backup failed; the earlier ones were kept.</source>
        <translation>Den siste sikkerhetskopien mislyktes; de tidligere ble beholdt.</translation>
    </message>
    <message>
        <source>Second folder: {folder}</source>
        <translation>Andre mappe: {folder}</translation>
    </message>
    <message>
        <source>Second folder: none (backups are kept in the vault folder only)</source>
        <translation>Andre mappe: ingen (sikkerhetskopiene ligger bare i hvelvmappen)</translation>
    </message>
    <message>
        <source>Asks for the passphrase or recovery key of its time</source>
        <translation>Ber om passordfrasen eller gjenopprettingsnøkkelen fra den tiden</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Tar sikkerhetskopi…</translation>
    </message>
    <message>
        <source>Choose the second backup folder</source>
        <translation>Velg den andre mappen for sikkerhetskopier</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Choose an empty folder (or where a new one may be made)</source>
        <translation>Velg en tom mappe (eller der en ny kan lages)</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Kontrollerer sikkerhetskopien…</translation>
    </message>
    <message>
        <source>The backup of {made} holds {counts}.

Restore it into the new folder {folder}? This vault is not changed.</source>
        <translation>Sikkerhetskopien fra {made} inneholder {counts}.

Gjenopprette den i den nye mappen {folder}? Dette hvelvet endres ikke.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Gjenopprett sikkerhetskopien</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Gjenopprett</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Gjenoppretter…</translation>
    </message>
    <message>
        <source>The backup was restored into {folder} and passed its check. Open it from the unlock screen (Choose another folder) with the backup&apos;s passphrase or recovery key, the ones you just typed.</source>
        <translation>Sikkerhetskopien ble gjenopprettet i {folder} og besto kontrollen. Åpne den fra opplåsingsskjermen (Velg en annen mappe) med sikkerhetskopiens passordfrase eller gjenopprettingsnøkkel, den du nettopp skrev inn.</translation>
    </message>
    <message>
        <source>The backup was restored into {folder} and passed its check. Open it from the unlock screen (Choose another folder) with the passphrase.</source>
        <translation>Sikkerhetskopien ble gjenopprettet i {folder} og besto kontrollen. Åpne den fra opplåsingsskjermen (Velg en annen mappe) med passordfrasen.</translation>
    </message>
    <message>
        <source>The backup of {made} holds {counts}.
The vault holds {current} now.

Replace the vault&apos;s contents with the backup? A backup of the current state is made first, and the vault is locked afterwards.</source>
        <translation>Sikkerhetskopien fra {made} inneholder {counts}.
Hvelvet inneholder nå {current}.

Erstatte innholdet i hvelvet med sikkerhetskopien? Først tas en sikkerhetskopi av det som er der nå, og hvelvet låses etterpå.</translation>
    </message>
    <message>
        <source>The backup keeps the keys of its time: afterwards the vault opens with the backup&apos;s passphrase or recovery key, not with today&apos;s.</source>
        <translation>Sikkerhetskopien beholder nøklene fra sin tid: etterpå åpnes hvelvet med sikkerhetskopiens passordfrase eller gjenopprettingsnøkkel, ikke med dagens.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Bar chart</source>
        <translation>Stolpediagram</translation>
    </message>
</context>
<context>
    <name>BundleCasesModel</name>
    <message>
        <source>Case</source>
        <extracomment>the reference of the row&apos;s case (both import models)</extracomment>
        <translation>Sak</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Innhold</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Her</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nytt</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>Hidden in discreet mode.</source>
        <translation>Skjult i diskret modus.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Sections of the case</source>
        <translation>Deler av saken</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Sak</translation>
    </message>
    <message>
        <source>Given when first saved</source>
        <translation>Tildeles ved første lagring</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Saksnummer</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Saksnummer:</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>&amp;Opened:</source>
        <translation>Opprett&amp;et:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <source>Clos&amp;ed:</source>
        <translation>Avsl&amp;uttet:</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Ka&amp;nal:</translation>
    </message>
    <message>
        <source>(choose an area)</source>
        <translation>(velg område)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>Omr&amp;åde:</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Spor</translation>
    </message>
    <message>
        <source>T&amp;rack:</source>
        <translation>Spo&amp;r:</translation>
    </message>
    <message>
        <source>Counterpart type</source>
        <translation>Motpart</translation>
    </message>
    <message>
        <source>Counter&amp;part:</source>
        <translation>Mot&amp;part:</translation>
    </message>
    <message>
        <source>Counterpart name</source>
        <translation>Motpartens navn</translation>
    </message>
    <message>
        <source>Counterpart &amp;name:</source>
        <translation>Motpartens na&amp;vn:</translation>
    </message>
    <message>
        <source>&amp;Grounds and incident</source>
        <translation>&amp;Grunnlag og hendelse</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Grunnlag</translation>
    </message>
    <message>
        <source>Several grounds can act together – ask about combinations.</source>
        <translation>Flere grunnlag kan virke sammen – spør om kombinasjoner.</translation>
    </message>
    <message>
        <source>Gro&amp;unds:</source>
        <translation>Gr&amp;unnlag:</translation>
    </message>
    <message>
        <source>&amp;Incident types:</source>
        <translation>&amp;Hendelsestyper:</translation>
    </message>
    <message>
        <source>&amp;Summary and journal</source>
        <translation>Sa&amp;mmendrag og journal</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>Sammen&amp;drag:</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>&amp;Journal:</source>
        <translation>&amp;Journal:</translation>
    </message>
    <message>
        <source>&amp;Follow-up and timeline</source>
        <translation>&amp;Oppfølging og tidslinje</translation>
    </message>
    <message>
        <source>Follow-up dates</source>
        <translation>Oppfølgingsdatoer</translation>
    </message>
    <message>
        <source>Follo&amp;w-up:</source>
        <translation>Oppf&amp;ølging:</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>Time&amp;line:</source>
        <translation>&amp;Tidslinje:</translation>
    </message>
    <message>
        <source>Me&amp;diation</source>
        <translation>Megl&amp;ing</translation>
    </message>
    <message>
        <source>&amp;Referred to the mediation desk</source>
        <translation>&amp;Henvist til Meglingsbenken</translation>
    </message>
    <message>
        <source>Referred to mediation</source>
        <translation>Henvist til megling</translation>
    </message>
    <message>
        <source>Mediation:</source>
        <translation>Megling:</translation>
    </message>
    <message>
        <source>Mediation area</source>
        <translation>Meglingsområde</translation>
    </message>
    <message>
        <source>Mediation &amp;area:</source>
        <translation>Meglingsom&amp;råde:</translation>
    </message>
    <message>
        <source>Mediation outcome</source>
        <translation>Resultat av megling</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>Resul&amp;tat:</translation>
    </message>
    <message>
        <source>Cl&amp;ient</source>
        <translation>&amp;Klient</translation>
    </message>
    <message>
        <source>A&amp;nonymous contact</source>
        <translation>Anon&amp;ym henvendelse</translation>
    </message>
    <message>
        <source>Anonymous contact</source>
        <translation>Anonym henvendelse</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Klient:</translation>
    </message>
    <message>
        <source>Store a name or contact details only when the client agrees, and only what the case needs.</source>
        <translation>Lagre navn eller kontaktinformasjon bare når klienten samtykker, og bare det saken trenger.</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Klientens navn</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;vn:</translation>
    </message>
    <message>
        <source>Client contact</source>
        <translation>Klientens kontaktinformasjon</translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation>Ko&amp;ntakt:</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Foretrukket språk</translation>
    </message>
    <message>
        <source>Preferred &amp;language:</source>
        <translation>Foretrukket sp&amp;råk:</translation>
    </message>
    <message>
        <source>Needs an &amp;interpreter</source>
        <translation>&amp;Trenger tolk</translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation>Trenger tolk</translation>
    </message>
    <message>
        <source>Agrees that we &amp;store this</source>
        <translation>Samtykker til at vi lagrer &amp;dette</translation>
    </message>
    <message>
        <source>Consent to store</source>
        <translation>Samtykke til lagring</translation>
    </message>
    <message>
        <source>Client notes</source>
        <translation>Notater om klienten</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>Notat&amp;er:</translation>
    </message>
    <message>
        <source>C&amp;onsents:</source>
        <translation>Sa&amp;mtykker:</translation>
    </message>
    <message>
        <source>In&amp;take</source>
        <translation>K&amp;artlegging</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Save case</source>
        <translation>Lagre saken</translation>
    </message>
    <message>
        <source>Save case (Ctrl+S)</source>
        <translation>Lagre saken (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Lukk saken</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Discreet mode: the client&apos;s name, contact details and notes, the summary and the journal are hidden.</source>
        <translation>Diskret modus: klientens navn, kontaktopplysninger og notater, sammendraget og journalen er skjult.</translation>
    </message>
    <message>
        <source>Show this case</source>
        <translation>Vis denne saken</translation>
    </message>
    <message>
        <source>Discreet mode is on, but this case is shown in clear.</source>
        <translation>Diskret modus er på, men denne saken vises i klartekst.</translation>
    </message>
    <message>
        <source>Hide again</source>
        <translation>Skjul igjen</translation>
    </message>
    <message>
        <source>Case {reference}</source>
        <translation>Sak {reference}</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Ny sak</translation>
    </message>
    <message>
        <source>A closed case needs the date it was closed.</source>
        <translation>En avsluttet sak trenger datoen den ble avsluttet.</translation>
    </message>
    <message>
        <source>A journal entry is empty.</source>
        <translation>Et journalnotat er tomt.</translation>
    </message>
    <message>
        <source>This must be filled in.</source>
        <translation>Dette må fylles ut.</translation>
    </message>
    <message>
        <source>Unknown value “{value}”.</source>
        <translation>Ukjent verdi «{value}».</translation>
    </message>
    <message>
        <source>The same value is chosen twice.</source>
        <translation>Samme verdi er valgt to ganger.</translation>
    </message>
    <message>
        <source>The case cannot be closed before it was opened.</source>
        <translation>Saken kan ikke avsluttes før den ble opprettet.</translation>
    </message>
    <message>
        <source>Fill in mediation only when the case is referred to mediation.</source>
        <translation>Fyll ut megling bare når saken er henvist til megling.</translation>
    </message>
    <message>
        <source>This reference has the wrong form (e.g. DH-2019-001).</source>
        <translation>Saksnummeret har feil form (f.eks. DH-2019-001).</translation>
    </message>
    <message>
        <source>This is not a valid date.</source>
        <translation>Dette er ikke en gyldig dato.</translation>
    </message>
    <message>
        <source>Without the client&apos;s consent, a name, contact details or notes cannot be stored: tick “Agrees that we store this”, or empty those fields.</source>
        <translation>Uten klientens samtykke kan navn, kontaktopplysninger eller notater ikke lagres: kryss av for «Samtykker til at vi lagrer dette», eller tøm feltene.</translation>
    </message>
    <message>
        <source>This value cannot be used.</source>
        <translation>Denne verdien kan ikke brukes.</translation>
    </message>
    <message>
        <source>The case was not saved. See the marked fields.</source>
        <translation>Saken ble ikke lagret. Se de merkede feltene.</translation>
    </message>
    <message>
        <source>This case has changes that are not saved.</source>
        <translation>Saken har endringer som ikke er lagret.</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Reference</source>
        <translation>Saksnummer</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Grunnlag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Tjeneste</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Neste oppfølging</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Mediation desk</source>
        <translation>Meglingsbenken</translation>
    </message>
    <message>
        <source>Advice desk</source>
        <translation>Diskrimineringshjelpen</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation>(anonym)</translation>
    </message>
    <message>
        <source>{mark} {date} overdue</source>
        <translation>{mark} {date} forfalt</translation>
    </message>
    <message>
        <source>The follow-up of {reference} is overdue</source>
        <translation>Oppfølgingen av {reference} er forfalt</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <extracomment>Vault folders whose new recovery key was on screen, not yet marked written down, when a lock closed its dialog: the old key no longer works and the new one was never seen. Said after the next unlock (``unseen_recovery_key``).</extracomment>
        <translation>Bytt passordfrase</translation>
    </message>
    <message>
        <source>Type the passphrase you use now, then the new one twice. The recovery key stays the same.</source>
        <translation>Skriv passordfrasen du bruker nå, og så den nye to ganger. Gjenopprettingsnøkkelen blir den samme.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Nåværende passordfrase</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Nåværende passordfrase:</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>&amp;Bytt passordfrase</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Bytter passordfrase…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>The passphrase is changed. Use the new one from now on.</source>
        <translation>Passordfrasen er byttet. Bruk den nye fra nå av.</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Close the mediation case</source>
        <translation>Avslutt meglingssaken</translation>
    </message>
    <message>
        <source>Why it is closed</source>
        <translation>Hvorfor saken avsluttes</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(velg)</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Hvorfor:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>Resul&amp;tat:</translation>
    </message>
    <message>
        <source>Note on the closing</source>
        <translation>Merknad til avslutningen</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Merknad:</translation>
    </message>
    <message>
        <source>Choose why the case is closed.</source>
        <translation>Velg hvorfor saken avsluttes.</translation>
    </message>
    <message>
        <source>Choose the outcome.</source>
        <translation>Velg utfallet.</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>&amp;Remove</source>
        <translation>Fje&amp;rn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Withdraw consent</source>
        <translation>Trekk tilbake samtykke</translation>
    </message>
    <message>
        <source>Register consent</source>
        <translation>Registrer samtykke</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Formål:</translation>
    </message>
    <message>
        <source>Date of the consent</source>
        <translation>Dato for samtykket</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>How the consent was given</source>
        <translation>Hvordan samtykket ble gitt</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Hvordan:</translation>
    </message>
    <message>
        <source>Note on the consent</source>
        <translation>Merknad til samtykket</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Merknad:</translation>
    </message>
    <message>
        <source>A follow-up on the case says what to do now.</source>
        <translation>En oppfølging på saken sier hva som må gjøres nå.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Trekk tilbake</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registrer</translation>
    </message>
    <message>
        <source>This is not a valid date.</source>
        <translation>Dette er ikke en gyldig dato.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>Datoen kan ikke være fram i tid.</translation>
    </message>
</context>
<context>
    <name>ConsentEditor</name>
    <message>
        <source>Given</source>
        <translation>Gitt</translation>
    </message>
    <message>
        <source>{name}: given</source>
        <translation>{name}: gitt</translation>
    </message>
    <message>
        <source>{name}: date</source>
        <translation>{name}: dato</translation>
    </message>
    <message>
        <source>{name}: how</source>
        <translation>{name}: hvordan</translation>
    </message>
    <message>
        <source>(how?)</source>
        <translation>(hvordan?)</translation>
    </message>
    <message>
        <source>{name}: note</source>
        <translation>{name}: merknad</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Trukket tilbake</translation>
    </message>
    <message>
        <source>{name}: withdrawn</source>
        <translation>{name}: trukket tilbake</translation>
    </message>
    <message>
        <source>{name}: withdrawn on</source>
        <translation>{name}: trukket tilbake dato</translation>
    </message>
    <message>
        <source>{name}: why withdrawn</source>
        <translation>{name}: hvorfor trukket</translation>
    </message>
    <message>
        <source>Note on the withdrawal</source>
        <translation>Merknad om tilbaketrekkingen</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtykker</translation>
    </message>
    <message>
        <source>Register consent…</source>
        <translation>Registrer samtykke…</translation>
    </message>
    <message>
        <source>Register consent</source>
        <translation>Registrer samtykke</translation>
    </message>
    <message>
        <source>Withdraw consent…</source>
        <translation>Trekk tilbake samtykke…</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Trekk tilbake samtykke</translation>
    </message>
</context>
<context>
    <name>ConsentModel</name>
    <message>
        <source>Case</source>
        <translation>Sak</translation>
    </message>
    <message>
        <source>Client&apos;s consent</source>
        <translation>Klientens samtykke</translation>
    </message>
</context>
<context>
    <name>ConsentTableModel</name>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hvordan</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Name</source>
        <extracomment>the contact&apos;s id (``ContactsModel``)</extracomment>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingeravtrykk</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Kontrollert</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>åååå-mm-dd</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Choose the date in a calendar (Alt+Down)</source>
        <translation>Velg datoen i en kalender (Alt+Pil ned)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Tøm</translation>
    </message>
    <message>
        <source>Clear date</source>
        <translation>Tøm dato</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>{field}: calendar</source>
        <translation>{field}: kalender</translation>
    </message>
    <message>
        <source>{field}: clear</source>
        <translation>{field}: tøm</translation>
    </message>
</context>
<context>
    <name>DatedEntriesModel</name>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Hva skjedde</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
</context>
<context>
    <name>DatedEntryDialog</name>
    <message>
        <source>Dated entry</source>
        <translation>Datert notat</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Tekst:</translation>
    </message>
    <message>
        <source>D&amp;one</source>
        <translation>&amp;Utført</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <source>This is not a valid date.</source>
        <translation>Dette er ikke en gyldig dato.</translation>
    </message>
    <message>
        <source>Write the date.</source>
        <translation>Skriv datoen.</translation>
    </message>
    <message>
        <source>Write something in the entry.</source>
        <translation>Skriv noe i notatet.</translation>
    </message>
</context>
<context>
    <name>DatedListEditor</name>
    <message>
        <source>Add…</source>
        <translation>Legg til…</translation>
    </message>
    <message>
        <source>Add entry to {list}</source>
        <translation>Legg til i {list}</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Endre…</translation>
    </message>
    <message>
        <source>Edit entry in {list}</source>
        <translation>Endre i {list}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Remove entry from {list}</source>
        <translation>Fjern fra {list}</translation>
    </message>
    <message>
        <source>Remove this journal entry?</source>
        <translation>Fjerne dette journalnotatet?</translation>
    </message>
    <message>
        <source>Remove this event from the timeline?</source>
        <translation>Fjerne denne hendelsen fra tidslinjen?</translation>
    </message>
    <message>
        <source>Remove this follow-up?</source>
        <translation>Fjerne denne oppfølgingen?</translation>
    </message>
</context>
<context>
    <name>DeleteCaseDialog</name>
    <message>
        <source>Delete cases</source>
        <translation>Slett saker</translation>
    </message>
    <message>
        <source>Delete the case</source>
        <translation>Slett saken</translation>
    </message>
    <message>
        <source>Delete {references}?</source>
        <translation>Slette {references}?</translation>
    </message>
    <message>
        <source>&amp;Anonymise: remove names, contact details, texts, evidence and documents; keep what the statistics count</source>
        <translation>&amp;Anonymiser: fjern navn, kontaktopplysninger, tekster, bevis og dokumenter; behold det statistikken teller</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymiser</translation>
    </message>
    <message>
        <source>Delete &amp;completely: nothing is kept, and the statistics of {years} change</source>
        <translation>Slett &amp;helt: ingenting beholdes, og statistikken for {years} endres</translation>
    </message>
    <message>
        <source>Delete completely</source>
        <translation>Slett helt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>The person asked for it (GDPR article 17)</source>
        <translation>Personen har bedt om det (personvernforordningen artikkel 17)</translation>
    </message>
    <message>
        <source>The retention period is over</source>
        <translation>Lagringstiden er over</translation>
    </message>
    <message>
        <source>This cannot be undone. The case is removed from the vault and from every backup within reach; a backup restored later does not bring it back.</source>
        <translation>Dette kan ikke angres. Saken fjernes fra hvelvet og fra alle sikkerhetskopier som er tilgjengelige; en sikkerhetskopi som gjenopprettes senere, henter den ikke tilbake.</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Hvorfor:</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Deleting and cleaning the backups…</source>
        <translation>Sletter og renser sikkerhetskopiene…</translation>
    </message>
    <message>
        <source>1 case deleted.</source>
        <translation>1 sak er slettet.</translation>
    </message>
    <message>
        <source>{n} cases deleted.</source>
        <translation>{n} saker er slettet.</translation>
    </message>
    <message>
        <source>1 backup cleaned.</source>
        <translation>1 sikkerhetskopi renset.</translation>
    </message>
    <message>
        <source>{n} backups cleaned.</source>
        <translation>{n} sikkerhetskopier renset.</translation>
    </message>
    <message>
        <source>Backups that could not be cleaned (damaged, or made with an earlier key): {n}. Delete them: they may still hold the deleted cases.</source>
        <translation>Sikkerhetskopier som ikke kunne renses (skadet, eller laget med en tidligere nøkkel): {n}. Slett dem: de kan fortsatt inneholde de slettede sakene.</translation>
    </message>
    <message>
        <source>The backups in {folder} could not be reached (a memory stick not plugged in?), so the deleted cases are still in them. Plug it in and delete again, or delete those backups; a restore of one of them deletes the cases again first.</source>
        <translation>Sikkerhetskopiene i {folder} var ikke tilgjengelige (en minnepinne som ikke er satt inn?), så de slettede sakene finnes fortsatt i dem. Sett den inn og slett på nytt, eller slett de sikkerhetskopiene; en gjenoppretting fra en av dem sletter sakene igjen først.</translation>
    </message>
</context>
<context>
    <name>DifferencesModel</name>
    <message>
        <source>Take the bundle&apos;s value</source>
        <translation>Ta verdien fra overføringen</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>Dette hvelvet</translation>
    </message>
    <message>
        <source>The bundle</source>
        <translation>Overføringen</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>Norwegian (bokmål)</source>
        <translation>Norsk (bokmål)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Dokumentets språk</translation>
    </message>
    <message>
        <source>&amp;Language of the document:</source>
        <translation>Dokumentets sp&amp;råk:</translation>
    </message>
    <message>
        <source>Warnings and notes</source>
        <translation>Advarsler og merknader</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>Sections of the document</source>
        <translation>Dokumentets deler</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Valg</translation>
    </message>
    <message>
        <source>Missing facts</source>
        <translation>Opplysninger som mangler</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versjoner</translation>
    </message>
    <message>
        <source>Choices, missing facts and versions</source>
        <translation>Valg, opplysninger som mangler og versjoner</translation>
    </message>
    <message>
        <source>&amp;Save version</source>
        <translation>&amp;Lagre versjon</translation>
    </message>
    <message>
        <source>Save version</source>
        <translation>Lagre versjon</translation>
    </message>
    <message>
        <source>Save as a new version (Ctrl+S)</source>
        <translation>Lagre som en ny versjon (Ctrl+S)</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Eksporter &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;DOCX…</source>
        <translation>Eksporter &amp;DOCX…</translation>
    </message>
    <message>
        <source>&amp;Redacted copy (names replaced by roles)</source>
        <translation>&amp;Anonymisert kopi (navn byttet ut med roller)</translation>
    </message>
    <message>
        <source>For supervision or training; never for sending</source>
        <translation>Til veiledning eller opplæring – aldri for å sendes</translation>
    </message>
    <message>
        <source>&amp;Mark as sent…</source>
        <translation>&amp;Merk som sendt…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Close document</source>
        <translation>Lukk dokumentet</translation>
    </message>
    <message>
        <source>Discreet mode: the document is hidden (it names the client). Show it when nobody else can see the screen.</source>
        <translation>Diskret modus: dokumentet er skjult (det navngir klienten). Vis det når ingen andre kan se skjermen.</translation>
    </message>
    <message>
        <source>Show the document</source>
        <translation>Vis dokumentet</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(velg)</translation>
    </message>
    <message>
        <source>Suggested – confirm or remove</source>
        <translation>Foreslått – bekreft eller fjern</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bekreftet</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Fjernet</translation>
    </message>
    <message>
        <source>1 section you edited was kept as you wrote it; translate it yourself.</source>
        <translation>1 del du har endret, er beholdt slik du skrev den; oversett den selv.</translation>
    </message>
    <message>
        <source>{n} sections you edited were kept as you wrote them; translate them yourself.</source>
        <translation>{n} deler du har endret, er beholdt slik du skrev dem; oversett dem selv.</translation>
    </message>
    <message>
        <source>{title} – {reference}</source>
        <translation>{title} – {reference}</translation>
    </message>
    <message>
        <source>Timeline (tab Follow-up and timeline)</source>
        <translation>Tidslinje (fanen Oppfølging og tidslinje)</translation>
    </message>
    <message>
        <source>Summary (tab Summary and journal)</source>
        <translation>Sammendrag (fanen Sammendrag og journal)</translation>
    </message>
    <message>
        <source>Grounds (tab Grounds and incident)</source>
        <translation>Grunnlag (fanen Grunnlag og hendelse)</translation>
    </message>
    <message>
        <source>Incident types (tab Grounds and incident)</source>
        <translation>Hendelsestyper (fanen Grunnlag og hendelse)</translation>
    </message>
    <message>
        <source>Area (tab Case)</source>
        <translation>Samfunnsområde (fanen Sak)</translation>
    </message>
    <message>
        <source>Counterpart (tab Case)</source>
        <translation>Motpart (fanen Sak)</translation>
    </message>
    <message>
        <source>Counterpart name (tab Case)</source>
        <translation>Motpartens navn (fanen Sak)</translation>
    </message>
    <message>
        <source>Client name (tab Client)</source>
        <translation>Klientens navn (fanen Klient)</translation>
    </message>
    <message>
        <source>Client contact (tab Client)</source>
        <translation>Klientens kontaktinfo (fanen Klient)</translation>
    </message>
    <message>
        <source>Client (tab Client)</source>
        <translation>Klient (fanen Klient)</translation>
    </message>
    <message>
        <source>Evidence (tab Evidence)</source>
        <translation>Bevis (fanen Bevis)</translation>
    </message>
    <message>
        <source>Witnesses (tab Evidence)</source>
        <translation>Vitner (fanen Bevis)</translation>
    </message>
    <message>
        <source>Online details (tab Evidence)</source>
        <translation>Opplysninger om innlegg på nett (fanen Bevis)</translation>
    </message>
    <message>
        <source>Write it in the document</source>
        <translation>Skriv det i dokumentet</translation>
    </message>
    <message>
        <source>A choice on the right</source>
        <translation>Et valg til høyre</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>Saken</translation>
    </message>
    <message>
        <source>Nothing is missing.</source>
        <translation>Ingenting mangler.</translation>
    </message>
    <message>
        <source>Click one to go where it is filled in. The document can be exported with gaps: they are marked in it.</source>
        <translation>Klikk på en for å gå dit den fylles ut. Dokumentet kan eksporteres med hull: de er merket i teksten.</translation>
    </message>
    <message>
        <source>Saved as version {n}.</source>
        <translation>Lagret som versjon {n}.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Ikke lagret ennå.</translation>
    </message>
    <message>
        <source>Version {n} – saved {when}</source>
        <translation>Versjon {n} – lagret {when}</translation>
    </message>
    <message>
        <source>Sent {date} to {recipient} – SHA-256 {sha}</source>
        <translation>Sendt {date} til {recipient} – SHA-256 {sha}</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Eksporter PDF</translation>
    </message>
    <message>
        <source>Export DOCX</source>
        <translation>Eksporter DOCX</translation>
    </message>
    <message>
        <source>A redacted copy: names are replaced by roles. Check the text before use.</source>
        <translation>En anonymisert kopi: navn er byttet ut med roller. Les gjennom teksten før bruk.</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Exported version {n} to {path} (SHA-256 {sha}).</source>
        <translation>Versjon {n} er eksportert til {path} (SHA-256 {sha}).</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Merk som sendt</translation>
    </message>
    <message>
        <source>Save and export the document first: the seal records the exported file.</source>
        <translation>Lagre og eksporter dokumentet først: forseglingen tar vare på den eksporterte filens fingeravtrykk.</translation>
    </message>
    <message>
        <source>This version is already marked as sent. Edit and save to make a new one.</source>
        <translation>Denne versjonen er allerede merket som sendt. Rediger og lagre for å lage en ny.</translation>
    </message>
    <message>
        <source>Export this version as PDF or DOCX first (not as a redacted copy): the seal records the fingerprint (SHA-256) of the file that was sent.</source>
        <translation>Eksporter denne versjonen som PDF eller DOCX først (ikke som anonymisert kopi): forseglingen tar vare på fingeravtrykket (SHA-256) til filen som ble sendt.</translation>
    </message>
    <message>
        <source>Version {n} is marked as sent. Later edits are saved as a new version.</source>
        <translation>Versjon {n} er merket som sendt. Senere endringer lagres som en ny versjon.</translation>
    </message>
    <message>
        <source>This document has changes that are not saved.</source>
        <translation>Dette dokumentet har endringer som ikke er lagret.</translation>
    </message>
</context>
<context>
    <name>DraftsPanel</name>
    <message>
        <source>Doc&amp;uments</source>
        <translation>Dok&amp;umenter</translation>
    </message>
    <message>
        <source>Save the case first; then you can make documents.</source>
        <translation>Lagre saken først, så kan du lage dokumenter.</translation>
    </message>
    <message>
        <source>New document, prefilled from the case (its fields, the intake, the timeline and the evidence):</source>
        <translation>Nytt dokument, fylt ut fra saken (feltene, kartleggingen, tidslinjen og bevisene):</translation>
    </message>
    <message>
        <source>New: {title}</source>
        <translation>Ny: {title}</translation>
    </message>
    <message>
        <source>Documents of the case</source>
        <translation>Sakens dokumenter</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åpne</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Åpne dokumentet</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Sl&amp;ett…</translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>Slett dokumentet</translation>
    </message>
    <message>
        <source>Version {n} sent {date} to {recipient}</source>
        <translation>Versjon {n} sendt {date} til {recipient}</translation>
    </message>
    <message>
        <source>Delete this document with all its versions? This cannot be undone.</source>
        <translation>Vil du slette dokumentet med alle versjonene? Det kan ikke angres.</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Sl&amp;ett</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>DraftsTableModel</name>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Lagret</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
</context>
<context>
    <name>DueForDeletionModel</name>
    <message>
        <source>Case</source>
        <translation>Sak</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Tjeneste</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>Skulle slettes fra</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>Megling</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Diskrimineringshjelpen</translation>
    </message>
</context>
<context>
    <name>DueTableModel</name>
    <message>
        <source>Overdue by 1 day</source>
        <translation>Forfalt for 1 dag siden</translation>
    </message>
    <message>
        <source>Overdue by {n} days</source>
        <translation>Forfalt for {n} dager siden</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Forfaller i dag</translation>
    </message>
    <message>
        <source>In 1 day</source>
        <translation>Om 1 dag</translation>
    </message>
    <message>
        <source>In {n} days</source>
        <translation>Om {n} dager</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sak</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>Megling</translation>
    </message>
    <message>
        <source>Mediation agreement: {term}</source>
        <translation>Meglingsavtale: {term}</translation>
    </message>
</context>
<context>
    <name>DueView</name>
    <message>
        <source>What is due</source>
        <translation>Forfall</translation>
    </message>
    <message>
        <source>Follow-ups not yet done: overdue, due today and due in the next {days} days, across all cases, and the terms of mediation agreements. Enter or a double click opens the case (or the mediation case).</source>
        <translation>Oppfølginger som ikke er gjort: forfalte, de som forfaller i dag og de som forfaller de neste {days} dagene, i alle saker, og punktene i meglingsavtaler. Enter eller dobbeltklikk åpner saken (eller meglingssaken).</translation>
    </message>
    <message>
        <source>Summary of what is due</source>
        <translation>Oversikt over det som forfaller</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Oppfølginger som forfaller</translation>
    </message>
    <message>
        <source>Overdue by {n} days</source>
        <translation>Forfalt for {n} dager siden</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Ingenting forfaller.</translation>
    </message>
    <message>
        <source>1 follow-up due, </source>
        <translation>1 oppfølging forfaller, </translation>
    </message>
    <message>
        <source>{n} follow-ups due, </source>
        <translation>{n} oppfølginger forfaller, </translation>
    </message>
    <message>
        <source>1 overdue.</source>
        <translation>1 er forfalt.</translation>
    </message>
    <message>
        <source>{n} overdue.</source>
        <translation>{n} er forfalt.</translation>
    </message>
    <message>
        <source>1 follow-up due, none overdue.</source>
        <translation>1 oppfølging forfaller, ingen er forfalt.</translation>
    </message>
    <message>
        <source>{n} follow-ups due, none overdue.</source>
        <translation>{n} oppfølginger forfaller, ingen er forfalt.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Use at least 15 characters – several ordinary words work well.</source>
        <translation>Bruk minst 15 tegn – flere vanlige ord fungerer godt.</translation>
    </message>
    <message>
        <source>This passphrase is too common and easy to guess. Choose another.</source>
        <translation>Denne passordfrasen er for vanlig og lett å gjette. Velg en annen.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>De to passordfrasene er ikke like.</translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation>Skriv inn en passordfrase.</translation>
    </message>
    <message>
        <source>The passphrase is made of the service&apos;s own names (such as DiMe, Diskrimineringshjelpen or Meglingsbenken), which are guessed first. Add words of your own.</source>
        <translation>Passordfrasen består av tjenestens egne navn (som DiMe, Diskrimineringshjelpen eller Meglingsbenken), som er det første noen gjetter. Legg til egne ord.</translation>
    </message>
    <message>
        <source>This is the published passphrase of the demo vault. Choose your own.</source>
        <translation>Dette er den offentlige passordfrasen til demohvelvet. Velg din egen.</translation>
    </message>
    <message>
        <source>This passphrase cannot be used.</source>
        <translation>Denne passordfrasen kan ikke brukes.</translation>
    </message>
    <message>
        <source>• {field}: {problem} ({value})</source>
        <translation>• {field}: {problem} ({value})</translation>
    </message>
    <message>
        <source>• {field}: {problem}</source>
        <translation>• {field}: {problem}</translation>
    </message>
    <message>
        <source>The key file in this folder belongs to another vault, not to this vault&apos;s database. Nothing was changed. Put this vault&apos;s own key file back (from one of its backups), or open the folder the key file came from.

Key file: {path}</source>
        <translation>Nøkkelfilen i denne mappen hører til et annet hvelv, ikke til databasen i dette hvelvet. Ingenting ble endret. Legg tilbake hvelvets egen nøkkelfil (fra en av sikkerhetskopiene), eller åpne mappen nøkkelfilen kom fra.

Nøkkelfil: {path}</translation>
    </message>
    <message>
        <source>The folder {path} is a backup, not a vault. Backups are never opened in place: restore it into a new folder (Backups screen, or dime restore).</source>
        <translation>Mappen {path} er en sikkerhetskopi, ikke et hvelv. Sikkerhetskopier åpnes aldri der de ligger: gjenopprett den i en ny mappe (skjermen Sikkerhetskopier, eller dime restore).</translation>
    </message>
    <message>
        <source>process {pid} on this computer, since {since}</source>
        <translation>prosess {pid} på denne maskinen, siden {since}</translation>
    </message>
    <message>
        <source>process {pid} on the computer {host}, since {since}</source>
        <translation>prosess {pid} på maskinen {host}, siden {since}</translation>
    </message>
    <message>
        <source>This vault is already open in another DiMe program ({owner}). Only one program at a time may have it open: close or lock it there, then try again.</source>
        <translation>Dette hvelvet er allerede åpent i et annet DiMe-program ({owner}). Bare ett program om gangen kan ha det åpent: lukk eller lås det der, og prøv igjen.</translation>
    </message>
    <message>
        <source>This vault is already open in another DiMe program. Only one program at a time may have it open: close or lock it there, then try again.</source>
        <translation>Dette hvelvet er allerede åpent i et annet DiMe-program. Bare ett program om gangen kan ha det åpent: lukk eller lås det der, og prøv igjen.</translation>
    </message>
    <message>
        <source>The disk is full, so this was not saved. What was saved before is intact. Free some space (empty the wastebasket, move large files) and try again.

Where: {path}</source>
        <translation>Disken er full, så dette ble ikke lagret. Det som var lagret fra før, er i behold. Frigjør plass (tøm papirkurven, flytt store filer) og prøv igjen.

Hvor: {path}</translation>
    </message>
    <message>
        <source>The vault cannot be written: the disk or folder is read-only, or you lack permission. Nothing was changed.

Where: {path}</source>
        <translation>Det går ikke å skrive til hvelvet: disken eller mappen er skrivebeskyttet, eller du mangler tillatelse. Ingenting ble endret.

Hvor: {path}</translation>
    </message>
    <message>
        <source>The vault stayed busy for too long, so nothing was changed. Wait a moment and try again.</source>
        <translation>Hvelvet var opptatt for lenge, så ingenting ble endret. Vent litt og prøv igjen.</translation>
    </message>
    <message>
        <source>The disk reported a read or write error, so nothing was changed. Check the disk or memory stick and its cable, then check the vault (Verify).

Where: {path}</source>
        <translation>Disken meldte en lese- eller skrivefeil, så ingenting ble endret. Sjekk disken eller minnepinnen og kabelen, og kontroller deretter hvelvet (Kontroller).

Hvor: {path}</translation>
    </message>
    <message>
        <source>The vault&apos;s files could not be read or written, so nothing was changed. Check the disk and try again.

Where: {path}</source>
        <translation>Filene i hvelvet kunne ikke leses eller skrives, så ingenting ble endret. Sjekk disken og prøv igjen.

Hvor: {path}</translation>
    </message>
    <message>
        <source>This needs the vault&apos;s passphrase, because the vault was opened without it. Lock the vault and unlock it with the passphrase, then try again.</source>
        <translation>Dette krever passordfrasen til hvelvet, fordi hvelvet ble åpnet uten den. Lås hvelvet, lås det opp med passordfrasen og prøv igjen.</translation>
    </message>
    <message>
        <source>The case {reference} was changed and saved in another window after you opened it, so your changes were not saved over it. Copy what you wrote, open the case again and add it there.</source>
        <translation>Saken {reference} ble endret og lagret i et annet vindu etter at du åpnet den, så endringene dine ble ikke lagret over den. Kopier det du skrev, åpne saken på nytt og legg det inn der.</translation>
    </message>
    <message>
        <source>The folder is not there (if it is on a memory stick, plug it in).</source>
        <translation>Mappen finnes ikke (sett inn minnepinnen hvis den ligger på en).</translation>
    </message>
    <message>
        <source>No backup was made in {path}. The earlier backups were kept.

{cause}</source>
        <translation>Det ble ikke tatt noen sikkerhetskopi i {path}. De tidligere sikkerhetskopiene ble beholdt.

{cause}</translation>
    </message>
    <message>
        <source>{path} is not a DiMe backup that can be restored (it is incomplete or damaged). Choose another backup.</source>
        <translation>{path} er ikke en DiMe-sikkerhetskopi som kan gjenopprettes (den er ufullstendig eller skadet). Velg en annen sikkerhetskopi.</translation>
    </message>
    <message>
        <source>The backup {path} was made with an earlier key of the vault. Restore it with the passphrase or recovery key the vault had when it was made.</source>
        <translation>Sikkerhetskopien {path} ble laget med en tidligere nøkkel til hvelvet. Gjenopprett den med passordfrasen eller gjenopprettingsnøkkelen hvelvet hadde da den ble laget.</translation>
    </message>
    <message>
        <source>That passphrase does not open the backup {path}. Type the passphrase the vault had when the backup was made, or the recovery key of that time.</source>
        <translation>Den passordfrasen åpner ikke sikkerhetskopien {path}. Skriv inn passordfrasen hvelvet hadde da sikkerhetskopien ble laget, eller gjenopprettingsnøkkelen fra den tiden.</translation>
    </message>
    <message>
        <source>That recovery key does not open the backup {path}. Check it against the recovery sheet of that time, or type the passphrase the vault had then.</source>
        <translation>Den gjenopprettingsnøkkelen åpner ikke sikkerhetskopien {path}. Sammenlign den med gjenopprettingsarket fra den tiden, eller skriv inn passordfrasen hvelvet hadde da.</translation>
    </message>
    <message>
        <source>The passphrase is not right. Try again – check that Caps Lock is off and that the keyboard language is the one you usually use.</source>
        <translation>Passordfrasen er ikke riktig. Prøv igjen – sjekk at Caps Lock er av og at tastaturspråket er det du pleier å bruke.</translation>
    </message>
    <message>
        <source>The recovery key is not right. Check each group of letters and digits against the sheet and try again.</source>
        <translation>Gjenopprettingsnøkkelen er ikke riktig. Sjekk hver gruppe av bokstaver og tall mot arket, og prøv igjen.</translation>
    </message>
    <message>
        <source>A file of the vault is damaged and cannot be read. Do not create a new vault here. Restore the vault from a backup: the vault folder&apos;s &quot;backups&quot; subfolder, or a copy you keep elsewhere.

Vault: {path}</source>
        <translation>En fil i hvelvet er skadet og kan ikke leses. Ikke lag et nytt hvelv her. Gjenopprett hvelvet fra en sikkerhetskopi: undermappen «backups» i hvelvmappen, eller en kopi du har et annet sted.

Hvelv: {path}</translation>
    </message>
    <message>
        <source>There is no vault at {path}. Choose the folder where your vault is, or create a new vault.</source>
        <translation>Det finnes ikke noe hvelv i {path}. Velg mappen der hvelvet ditt ligger, eller lag et nytt hvelv.</translation>
    </message>
    <message>
        <source>The folder {path} exists but does not hold a DiMe vault. Choose another folder.</source>
        <translation>Mappen {path} finnes, men inneholder ikke et DiMe-hvelv. Velg en annen mappe.</translation>
    </message>
    <message>
        <source>There is already a vault or other files at {path}. Choose an empty folder for a new vault.</source>
        <translation>Det ligger allerede et hvelv eller andre filer i {path}. Velg en tom mappe til et nytt hvelv.</translation>
    </message>
    <message>
        <source>This vault was saved by a newer version of DiMe Desktop (format {found}; this version reads up to {supported}). Install the newer version to open it.</source>
        <translation>Dette hvelvet ble lagret av en nyere versjon av DiMe Desktop (format {found}; denne versjonen leser til og med {supported}). Installer den nyere versjonen for å åpne det.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it to continue.</source>
        <translation>Hvelvet er låst. Lås det opp for å fortsette.</translation>
    </message>
    <message>
        <source>The vault at {path} cannot be used.</source>
        <translation>Hvelvet i {path} kan ikke brukes.</translation>
    </message>
    <message>
        <source>This passphrase cannot be used:
{reasons}</source>
        <translation>Denne passordfrasen kan ikke brukes:
{reasons}</translation>
    </message>
    <message>
        <source>This computer has no keychain where the passphrase could be kept. You will type the passphrase each time.</source>
        <translation>Denne datamaskinen har ingen nøkkelring der passordfrasen kan lagres. Du må skrive passordfrasen hver gang.</translation>
    </message>
    <message>
        <source>There is no case with reference {reference}.</source>
        <translation>Det finnes ingen sak med referanse {reference}.</translation>
    </message>
    <message>
        <source>A case with reference {reference} already exists.</source>
        <translation>Det finnes allerede en sak med referanse {reference}.</translation>
    </message>
    <message>
        <source>The case cannot be saved yet:
{problems}</source>
        <translation>Saken kan ikke lagres ennå:
{problems}</translation>
    </message>
    <message>
        <source>A data file of the program is broken ({file}, {entry}). Reinstall DiMe Desktop.</source>
        <translation>En datafil i programmet er ødelagt ({file}, {entry}). Installer DiMe Desktop på nytt.</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… og {count} til.</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}. Fix this problem in the file and import it again:</source>
        <translation>Ingenting ble importert fra {file}. Rett opp dette problemet i filen og importer den på nytt:</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}. Fix these {count} problems in the file and import it again:</source>
        <translation>Ingenting ble importert fra {file}. Rett opp disse {count} problemene i filen og importer den på nytt:</translation>
    </message>
    <message>
        <source>The file {file} cannot be read: {problem}</source>
        <translation>Filen {file} kan ikke leses: {problem}</translation>
    </message>
    <message>
        <source>The file {file} cannot be saved there: {problem}. Choose another folder.</source>
        <translation>Filen {file} kan ikke lagres der: {problem}. Velg en annen mappe.</translation>
    </message>
    <message>
        <source>The activity cannot be saved yet:
{problems}</source>
        <translation>Aktiviteten kan ikke lagres ennå:
{problems}</translation>
    </message>
    <message>
        <source>The activity no longer exists.</source>
        <translation>Aktiviteten finnes ikke lenger.</translation>
    </message>
    <message>
        <source>The threshold must be a whole number from {minimum} to {maximum}.</source>
        <translation>Terskelen må være et helt tall fra {minimum} til {maximum}.</translation>
    </message>
    <message>
        <source>The evidence item cannot be saved yet:
{problems}</source>
        <translation>Beviset kan ikke lagres ennå:
{problems}</translation>
    </message>
    <message>
        <source>The evidence item no longer exists (it may have been removed).</source>
        <translation>Beviset finnes ikke lenger (det kan ha blitt fjernet).</translation>
    </message>
    <message>
        <source>There is no document of this kind ({kind}).</source>
        <translation>Det finnes ikke noe dokument av denne typen ({kind}).</translation>
    </message>
    <message>
        <source>There is no service {target} in the list to refer to.</source>
        <translation>Tjenesten {target} finnes ikke i listen over steder å henvise til.</translation>
    </message>
    <message>
        <source>The document draft no longer exists (it may have been deleted).</source>
        <translation>Dokumentutkastet finnes ikke lenger (det kan ha blitt slettet).</translation>
    </message>
    <message>
        <source>Version {number} was marked as sent and cannot change. Your edits are saved as a new version.</source>
        <translation>Versjon {number} er merket som sendt og kan ikke endres. Endringene dine lagres som en ny versjon.</translation>
    </message>
    <message>
        <source>The mediation case cannot be saved yet:
{problems}</source>
        <translation>Meglingssaken kan ikke lagres ennå:
{problems}</translation>
    </message>
    <message>
        <source>Case {reference} has no mediation case. Refer it to mediation from the case first.</source>
        <translation>Sak {reference} har ingen meglingssak. Henvis den til megling fra saken først.</translation>
    </message>
    <message>
        <source>Case {reference} already has a mediation case. Open it from the Mediation screen.</source>
        <translation>Sak {reference} har allerede en meglingssak. Åpne den fra skjermbildet Megling.</translation>
    </message>
    <message>
        <source>The mediation case {reference} cannot move on yet:
{problems}</source>
        <translation>Meglingssak {reference} kan ikke gå videre ennå:
{problems}</translation>
    </message>
    <message>
        <source>The agreement of {reference} cannot be written yet:
{problems}</source>
        <translation>Avtalen i {reference} kan ikke skrives ennå:
{problems}</translation>
    </message>
    <message>
        <source>{file} is not a DiMe public key file. Ask the colleague for the file that Handover → Save the public key… (or dime identity) writes.</source>
        <translation>{file} er ikke en offentlig DiMe-nøkkel. Be kollegaen om filen som Overføring → Lagre den offentlige nøkkelen… (eller dime identity) lager.</translation>
    </message>
    <message>
        <source>The fingerprint {typed} is not this key&apos;s ({actual}). The key was not trusted.</source>
        <translation>Fingeravtrykket {typed} er ikke denne nøkkelens ({actual}). Nøkkelen ble ikke godkjent.</translation>
    </message>
    <message>
        <source>This key (or this name) is trusted already, as {name}.</source>
        <translation>Denne nøkkelen (eller dette navnet) er allerede godkjent, som {name}.</translation>
    </message>
    <message>
        <source>No trusted colleague is called {name}.</source>
        <translation>Ingen godkjent kollega heter {name}.</translation>
    </message>
    <message>
        <source>Case {reference} cannot be handed over: the client&apos;s consent to share it is not recorded.</source>
        <translation>Sak {reference} kan ikke overføres: klientens samtykke til deling er ikke registrert.</translation>
    </message>
    <message>
        <source>Something went wrong: {message}</source>
        <translation>Noe gikk galt: {message}</translation>
    </message>
    <message>
        <source>The computer ran out of memory. Close other programs and try again.</source>
        <translation>Datamaskinen gikk tom for minne. Lukk andre programmer og prøv igjen.</translation>
    </message>
    <message>
        <source>The computer refused a file operation ({problem}). Check the disk and try again.</source>
        <translation>Datamaskinen nektet en filoperasjon ({problem}). Sjekk disken og prøv igjen.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing was lost that was already saved. Try again; if it happens again, restart DiMe Desktop.</source>
        <translation>Noe uventet gikk galt. Det som allerede var lagret, er ikke tapt. Prøv igjen; skjer det igjen, start DiMe Desktop på nytt.</translation>
    </message>
    <message>
        <source>{file} is {size}. Evidence files can be at most {limit}. Make the file smaller (for example a shorter video clip or a lower resolution) and try again.</source>
        <translation>{file} er {size}. Bevisfiler kan være på høyst {limit}. Gjør filen mindre (for eksempel et kortere videoklipp eller lavere oppløsning) og prøv igjen.</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} er tom.</translation>
    </message>
    <message>
        <source>{file} cannot be added as evidence: files of this type ({type}) are not accepted. Pictures, PDFs, text, e-mails, office documents, sound and video are.</source>
        <translation>{file} kan ikke legges til som bevis: filer av denne typen ({type}) tas ikke imot. Bilder, PDF, tekst, e-post, kontordokumenter, lyd og video kan legges til.</translation>
    </message>
    <message>
        <source>{file} does not hold what its name says ({detail}). Check that it is the right file.</source>
        <translation>{file} inneholder ikke det navnet sier ({detail}). Sjekk at det er riktig fil.</translation>
    </message>
    <message>
        <source>{file} cannot be read ({detail}).</source>
        <translation>{file} kan ikke leses ({detail}).</translation>
    </message>
    <message>
        <source>Nothing in the vault was changed.</source>
        <translation>Ingenting i hvelvet ble endret.</translation>
    </message>
    <message>
        <source>This bundle was made for another vault; only that vault can open it.</source>
        <translation>Denne overføringen er laget til et annet hvelv; bare det hvelvet kan åpne den.</translation>
    </message>
    <message>
        <source>The signature does not match the sender&apos;s key: the file was changed, or it was not made by that vault.</source>
        <translation>Signaturen stemmer ikke med avsenderens nøkkel: filen er endret, eller den er ikke laget av det hvelvet.</translation>
    </message>
    <message>
        <source>The sender is not a trusted colleague: compare the fingerprint {fingerprint} with them first.</source>
        <translation>Avsenderen er ikke en godkjent kollega: sammenlign fingeravtrykket {fingerprint} med dem først.</translation>
    </message>
    <message>
        <source>The bundle is older than one already imported from the same sender for case {reference}.</source>
        <translation>Overføringen er eldre enn en som allerede er importert fra samme avsender for sak {reference}.</translation>
    </message>
    <message>
        <source>{file} is not a DiMe handover bundle.</source>
        <translation>{file} er ikke en DiMe-overføring.</translation>
    </message>
    <message>
        <source>The file is damaged: it was cut short or changed after it was made.</source>
        <translation>Filen er skadet: den er avkortet eller endret etter at den ble laget.</translation>
    </message>
    <message>
        <source>{file} was refused.</source>
        <translation>{file} ble avvist.</translation>
    </message>
    <message>
        <source>The vault was not closed properly the last time: the program stopped without locking it (it was shut down or crashed). Its lock was taken over; everything that had been saved is there.</source>
        <translation>Hvelvet ble ikke lukket ordentlig forrige gang: programmet stoppet uten å låse det (det ble slått av eller krasjet). Låsen er overtatt; alt som var lagret, er der.</translation>
    </message>
    <message>
        <source>A temporary copy of the key file ({name}) left by an interrupted write was removed; it could have opened the vault with an earlier passphrase.</source>
        <translation>En midlertidig kopi av nøkkelfilen ({name}), etterlatt av en avbrutt skriving, er fjernet; den kunne ha åpnet hvelvet med en tidligere passordfrase.</translation>
    </message>
    <message>
        <source>A key change or restore had been interrupted after its decisive step; it was finished now.</source>
        <translation>Et nøkkelbytte eller en gjenoppretting ble avbrutt etter det avgjørende steget; det er fullført nå.</translation>
    </message>
    <message>
        <source>An interrupted key change or restore had changed nothing; its unfinished copy was removed.</source>
        <translation>Et avbrutt nøkkelbytte eller en avbrutt gjenoppretting hadde ikke endret noe; den uferdige kopien er fjernet.</translation>
    </message>
    <message>
        <source>Something could not be written to the access log.</source>
        <translation>Noe kunne ikke skrives til tilgangsloggen.</translation>
    </message>
    <message>
        <source>The backups in {folder} could not be reached; they still open with the earlier passphrase and recovery key. Plug the folder in and delete them, or change the vault key again.</source>
        <translation>Sikkerhetskopiene i {folder} var ikke tilgjengelige; de åpnes fortsatt med den tidligere passordfrasen og gjenopprettingsnøkkelen. Koble til mappen og slett dem, eller bytt hvelvnøkkelen på nytt.</translation>
    </message>
    <message>
        <source>The backup {path} was made with an even earlier key; it still opens with the passphrase of that time. Delete it if that passphrase may be known to someone.</source>
        <translation>Sikkerhetskopien {path} ble laget med en enda eldre nøkkel; den åpnes fortsatt med passordfrasen fra den gangen. Slett den hvis noen kan kjenne den passordfrasen.</translation>
    </message>
    <message>
        <source>The backup {path} could not be encrypted again with the new key; it still opens with the earlier passphrase. Delete it if that may be known to someone.</source>
        <translation>Sikkerhetskopien {path} kunne ikke krypteres på nytt med den nye nøkkelen; den åpnes fortsatt med den tidligere passordfrasen. Slett den hvis noen kan kjenne den.</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Vedlegg</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Hva det er</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>E&amp;vidence</source>
        <translation>Be&amp;vis</translation>
    </message>
    <message>
        <source>Save the case first; then you can add evidence.</source>
        <translation>Lagre saken først, så kan du legge til bevis.</translation>
    </message>
    <message>
        <source>&amp;Add file…</source>
        <translation>Legg til &amp;fil…</translation>
    </message>
    <message>
        <source>Add evidence file</source>
        <translation>Legg til bevisfil</translation>
    </message>
    <message>
        <source>Add files – or drag them here, or paste a screenshot (Ctrl+V)</source>
        <translation>Legg til filer – eller dra dem hit, eller lim inn et skjermbilde (Ctrl+V)</translation>
    </message>
    <message>
        <source>&amp;Paste screenshot</source>
        <translation>Lim &amp;inn skjermbilde</translation>
    </message>
    <message>
        <source>Add &amp;record without file</source>
        <translation>Legg til oppføring uten fil</translation>
    </message>
    <message>
        <source>A witness, or something told without a file</source>
        <translation>Et vitne, eller noe som er fortalt uten en fil</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>View evidence</source>
        <translation>Vis beviset</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytt opp</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Flytt ned</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>Fje&amp;rn…</translation>
    </message>
    <message>
        <source>Remove evidence item</source>
        <translation>Fjern beviset</translation>
    </message>
    <message>
        <source>&amp;Export item…</source>
        <translation>&amp;Eksporter…</translation>
    </message>
    <message>
        <source>Export &amp;all…</source>
        <translation>Eksporter &amp;hele bevispakken…</translation>
    </message>
    <message>
        <source>All files, numbered as the attachments, with a list of the evidence</source>
        <translation>Alle filene, nummerert som vedleggene, med en bevisliste</translation>
    </message>
    <message>
        <source>Adding evidence</source>
        <translation>Legger til bevis</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bevis</translation>
    </message>
    <message>
        <source>Discreet mode: the evidence is hidden (it can name people). Click “Show this case” above to see it.</source>
        <translation>Diskret modus: bevisene er skjult (de kan navngi folk). Klikk «Vis denne saken» over for å se dem.</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Legg til bevis</translation>
    </message>
    <message>
        <source>Evidence (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.tif *.tiff *.heic *.pdf *.txt *.eml *.msg *.docx *.odt *.doc *.mp3 *.m4a *.ogg *.opus *.wav *.mp4 *.mov);;All files (*)</source>
        <translation>Bevis (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.tif *.tiff *.heic *.pdf *.txt *.eml *.msg *.docx *.odt *.doc *.mp3 *.m4a *.ogg *.opus *.wav *.mp4 *.mov);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Adding {name}…</source>
        <translation>Legger til {name}…</translation>
    </message>
    <message>
        <source>Added {name} as item {n}.</source>
        <translation>{name} er lagt til som nr. {n}.</translation>
    </message>
    <message>
        <source>Screenshot pasted {date}</source>
        <translation>Skjermbilde limt inn {date}</translation>
    </message>
    <message>
        <source>The clipboard holds no picture or file to add.</source>
        <translation>Utklippstavlen har ikke noe bilde eller noen fil å legge til.</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Vitne</translation>
    </message>
    <message>
        <source>Picture dropped {date}</source>
        <translation>Bilde dratt inn {date}</translation>
    </message>
    <message>
        <source>Saved item {n}.</source>
        <translation>Nr. {n} er lagret.</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Fjern bevis</translation>
    </message>
    <message>
        <source>Remove item {n} and its file from the vault? This cannot be undone.</source>
        <translation>Vil du fjerne nr. {n} og filen fra hvelvet? Det kan ikke angres.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Fje&amp;rn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Evidence {n} – {reference}</source>
        <translation>Bevis {n} – {reference}</translation>
    </message>
    <message>
        <source>Export evidence</source>
        <translation>Eksporter bevis</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Lagret {path}</translation>
    </message>
    <message>
        <source>Export evidence to folder</source>
        <translation>Eksporter bevis til mappe</translation>
    </message>
    <message>
        <source>Saved 1 file in {folder}</source>
        <translation>Lagret 1 fil i {folder}</translation>
    </message>
    <message>
        <source>Saved {count} files in {folder}</source>
        <translation>Lagret {count} filer i {folder}</translation>
    </message>
    <message>
        <source>Export all evidence</source>
        <translation>Eksporter hele bevispakken</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <source>{name} · {size} · SHA-256 {sha}</source>
        <translation>{name} · {size} · SHA-256 {sha}</translation>
    </message>
    <message>
        <source>Opening the file from the vault…</source>
        <translation>Åpner filen fra hvelvet…</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bilde</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-dokument</translation>
    </message>
    <message>
        <source>Text of the file</source>
        <translation>Filens tekst</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Close viewer</source>
        <translation>Lukk visningen</translation>
    </message>
    <message>
        <source>This picture cannot be shown.</source>
        <translation>Bildet kan ikke vises.</translation>
    </message>
    <message>
        <source>This PDF cannot be shown.</source>
        <translation>PDF-en kan ikke vises.</translation>
    </message>
    <message>
        <source>Files of this kind ({type}) cannot be shown inside DiMe Desktop. Export the item to open it with another program – it then leaves the vault.</source>
        <translation>Filer av denne typen ({type}) kan ikke vises i DiMe Desktop. Eksporter beviset for å åpne det i et annet program – da forlater det hvelvet.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Hand over cases</source>
        <translation>Overfør saker</translation>
    </message>
    <message>
        <source>Cases (references)</source>
        <translation>Saker (saksnumre)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>The whole case: journal, intake, follow-ups, documents and evidence</source>
        <translation>Hele saken: journal, kartlegging, oppfølginger, dokumenter og bevis</translation>
    </message>
    <message>
        <source>A referral summary only (what the mediator needs)</source>
        <translation>Bare et henvisningssammendrag (det megleren trenger)</translation>
    </message>
    <message>
        <source>Consent to share</source>
        <translation>Samtykke til deling</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>The file holds personal data, encrypted: only the colleague&apos;s vault can open it. Move it on a stick or send it as you would a letter, and delete it once it has been imported.</source>
        <translation>Filen inneholder personopplysninger, kryptert: bare kollegaens hvelv kan åpne den. Flytt den på en minnepinne eller send den som du ville sendt et brev, og slett den når den er importert.</translation>
    </message>
    <message>
        <source>Add the colleague first: Handover → Add a colleague… (their public key).</source>
        <translation>Legg til kollegaen først: Overføring → Legg til en kollega… (den offentlige nøkkelen deres).</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Saker</translation>
    </message>
    <message>
        <source>Save the bundle…</source>
        <translation>Lagre overføringen…</translation>
    </message>
    <message>
        <source>with its mediation record</source>
        <translation>med meglingssaken</translation>
    </message>
    <message>
        <source>{reference}: the client has not consented; it cannot be handed over.</source>
        <translation>{reference}: klienten har ikke samtykket; saken kan ikke overføres.</translation>
    </message>
    <message>
        <source>Save the handover bundle</source>
        <translation>Lagre overføringen</translation>
    </message>
    <message>
        <source>Saved {path} for {to}: 1 case. The file holds personal data, encrypted; only that vault can open it. Delete it once it has been imported.</source>
        <translation>Lagret {path} til {to}: 1 sak. Filen inneholder personopplysninger, kryptert; bare det hvelvet kan åpne den. Slett den når den er importert.</translation>
    </message>
    <message>
        <source>Saved {path} for {to}: {n} cases. The file holds personal data, encrypted; only that vault can open it. Delete it once it has been imported.</source>
        <translation>Lagret {path} til {to}: {n} saker. Filen inneholder personopplysninger, kryptert; bare det hvelvet kan åpne den. Slett den når den er importert.</translation>
    </message>
    <message>
        <source>Bundle saved</source>
        <translation>Overføringen er lagret</translation>
    </message>
</context>
<context>
    <name>FirstRunWidget</name>
    <message>
        <source>New vault</source>
        <translation>Nytt hvelv</translation>
    </message>
    <message>
        <source>Welcome to DiMe Desktop</source>
        <translation>Velkommen til DiMe Desktop</translation>
    </message>
    <message>
        <source>The case register is kept in an encrypted vault on this computer. Choose a passphrase that only you and your colleagues at DiMe know. Without it – or the recovery key you get next – nobody can open the register, not even us.</source>
        <translation>Saksregisteret ligger i et kryptert hvelv på denne datamaskinen. Velg en passordfrase som bare du og kollegene dine i DiMe kjenner. Uten den – eller gjenopprettingsnøkkelen du får etterpå – kan ingen åpne registeret, heller ikke vi.</translation>
    </message>
    <message>
        <source>The vault will be made in: {path}</source>
        <translation>Hvelvet lages i: {path}</translation>
    </message>
    <message>
        <source>Re&amp;member on this device</source>
        <translation>&amp;Husk på denne enheten</translation>
    </message>
    <message>
        <source>Remember on this device</source>
        <translation>Husk på denne enheten</translation>
    </message>
    <message>
        <source>The passphrase is then kept in this computer&apos;s keychain and the register opens without it when you start the app. Only on a computer that is yours alone.</source>
        <translation>Passordfrasen lagres da i nøkkelringen på denne datamaskinen, og registeret åpnes uten den når du starter programmet. Bare på en datamaskin som er din alene.</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the passphrase cannot be remembered here. You will type it each time.</source>
        <translation>Denne datamaskinen har ingen nøkkelring, så passordfrasen kan ikke huskes her. Du må skrive den hver gang.</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Lag hvelv</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Lag hvelv</translation>
    </message>
    <message>
        <source>Creating the vault – this takes a few seconds…</source>
        <translation>Lager hvelvet – dette tar noen sekunder…</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Din gjenopprettingsnøkkel</translation>
    </message>
    <message>
        <source>If the passphrase is forgotten, this key is the only way into the register. Write it down or print it now and keep the sheet locked away – it is shown only this once. Do not photograph it or keep it on this computer.</source>
        <translation>Hvis passordfrasen blir glemt, er denne nøkkelen den eneste veien inn i registeret. Skriv den ned eller skriv den ut nå, og oppbevar arket innelåst – den vises bare denne ene gangen. Ikke ta bilde av den, og ikke lagre den på denne datamaskinen.</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Fortsett</translation>
    </message>
    <message>
        <source>Continue to the register</source>
        <translation>Fortsett til registeret</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up of a term</source>
        <translation>Oppfølging av et punkt</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>Punkt:</translation>
    </message>
    <message>
        <source>Was it kept</source>
        <translation>Ble det holdt</translation>
    </message>
    <message>
        <source>Not yet followed up</source>
        <translation>Ikke fulgt opp ennå</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Oppfylt</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Brutt</translation>
    </message>
    <message>
        <source>&amp;Kept:</source>
        <translation>&amp;Holdt:</translation>
    </message>
    <message>
        <source>Date it was followed up</source>
        <translation>Dato for oppfølgingen</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Følg opp</translation>
    </message>
    <message>
        <source>&amp;Follow up on:</source>
        <translation>&amp;Følg opp:</translation>
    </message>
    <message>
        <source>Note on the follow-up</source>
        <translation>Merknad til oppfølgingen</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Merknad:</translation>
    </message>
</context>
<context>
    <name>GroundSelector</name>
    <message>
        <source>Ground</source>
        <translation>Grunnlag</translation>
    </message>
    <message>
        <source>Client&apos;s view</source>
        <translation>Klientens syn</translation>
    </message>
    <message>
        <source>Adviser&apos;s view</source>
        <translation>Rådgivers vurdering</translation>
    </message>
    <message>
        <source>By association</source>
        <translation>Tilknytning</translation>
    </message>
    <message>
        <source>The client experiences the treatment as linked to this ground</source>
        <translation>Klienten opplever at behandlingen henger sammen med dette grunnlaget</translation>
    </message>
    <message>
        <source>The adviser assesses that this ground is relevant</source>
        <translation>Rådgiveren vurderer at dette grunnlaget er aktuelt</translation>
    </message>
    <message>
        <source>Through a connection to someone else (family, partner, friend)</source>
        <translation>Gjennom tilknytning til noen andre (familie, partner, venn)</translation>
    </message>
    <message>
        <source>{ground}: client&apos;s view</source>
        <translation>{ground}: klientens syn</translation>
    </message>
    <message>
        <source>{ground}: adviser&apos;s view</source>
        <translation>{ground}: rådgivers vurdering</translation>
    </message>
    <message>
        <source>{ground}: by association</source>
        <translation>{ground}: ved tilknytning</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Opened</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Spor</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Grunnlag</translation>
    </message>
    <message>
        <source>Incident types</source>
        <translation>Hendelsestyper</translation>
    </message>
    <message>
        <source>Counterpart type</source>
        <translation>Motpart</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Motpart</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <source>Sent to mediation</source>
        <translation>Sendt til megling</translation>
    </message>
    <message>
        <source>Mediation area</source>
        <translation>Meglingsområde</translation>
    </message>
    <message>
        <source>Mediation outcome</source>
        <translation>Resultat av megling</translation>
    </message>
    <message>
        <source>Client&apos;s name</source>
        <translation>Klientens navn</translation>
    </message>
    <message>
        <source>Client&apos;s contact details</source>
        <translation>Klientens kontaktopplysninger</translation>
    </message>
    <message>
        <source>Client&apos;s language</source>
        <translation>Klientens språk</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Trenger tolk</translation>
    </message>
    <message>
        <source>Consent to store</source>
        <translation>Samtykke til lagring</translation>
    </message>
    <message>
        <source>Notes on the client</source>
        <translation>Notater om klienten</translation>
    </message>
    <message>
        <source>Intake answers</source>
        <translation>Svar i kartleggingen</translation>
    </message>
    <message>
        <source>Mediation record</source>
        <translation>Meglingssaken</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <source>Evidence item</source>
        <translation>Bevis</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>anonymous contact</source>
        <translation>anonym henvendelse</translation>
    </message>
    <message>
        <source>consent to share recorded</source>
        <translation>samtykke til deling registrert</translation>
    </message>
    <message>
        <source>no consent to share</source>
        <translation>ikke samtykke til deling</translation>
    </message>
    <message>
        <source>consent given (to store)</source>
        <translation>samtykke gitt (til lagring)</translation>
    </message>
    <message>
        <source>no consent</source>
        <translation>ikke samtykke</translation>
    </message>
    <message>
        <source>whole case</source>
        <translation>hele saken</translation>
    </message>
    <message>
        <source>referral summary</source>
        <translation>henvisningssammendrag</translation>
    </message>
    <message>
        <source>journal entries: {n}</source>
        <translation>journalnotater: {n}</translation>
    </message>
    <message>
        <source>follow-ups: {n}</source>
        <translation>oppfølginger: {n}</translation>
    </message>
    <message>
        <source>timeline events: {n}</source>
        <translation>hendelser i tidslinjen: {n}</translation>
    </message>
    <message>
        <source>evidence items: {n}</source>
        <translation>bevis: {n}</translation>
    </message>
    <message>
        <source>documents: {n}</source>
        <translation>dokumenter: {n}</translation>
    </message>
    <message>
        <source>document versions: {n}</source>
        <translation>dokumentversjoner: {n}</translation>
    </message>
    <message>
        <source>intake answers</source>
        <translation>svar i kartleggingen</translation>
    </message>
    <message>
        <source>mediation record</source>
        <translation>meglingssak</translation>
    </message>
    <message>
        <source>consents: {n}</source>
        <translation>samtykker: {n}</translation>
    </message>
</context>
<context>
    <name>HandoverView</name>
    <message>
        <source>Handover</source>
        <translation>Overføring</translation>
    </message>
    <message>
        <source>Cases travel between vaults as files: encrypted to the colleague&apos;s vault and signed by this one. Compare fingerprints once, in person or on the phone.</source>
        <translation>Saker flyttes mellom hvelv som filer: kryptert til kollegaens hvelv og signert av dette. Sammenlign fingeravtrykkene én gang, ansikt til ansikt eller på telefon.</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>Dette hvelvet</translation>
    </message>
    <message>
        <source>This vault&apos;s fingerprint</source>
        <translation>Dette hvelvets fingeravtrykk</translation>
    </message>
    <message>
        <source>This office</source>
        <translation>Dette kontoret</translation>
    </message>
    <message>
        <source>for example Diskrimineringshjelpen Oslo</source>
        <translation>for eksempel Diskrimineringshjelpen Oslo</translation>
    </message>
    <message>
        <source>Save the public key…</source>
        <translation>Lagre den offentlige nøkkelen…</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingeravtrykk</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>Trusted colleagues</source>
        <translation>Godkjente kolleger</translation>
    </message>
    <message>
        <source>Add a colleague…</source>
        <translation>Legg til en kollega…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Remove the colleague</source>
        <translation>Fjern kollegaen</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Saker</translation>
    </message>
    <message>
        <source>Hand over cases…</source>
        <translation>Overfør saker…</translation>
    </message>
    <message>
        <source>Import a bundle…</source>
        <translation>Importer en overføring…</translation>
    </message>
    <message>
        <source>&amp;Hand over cases…</source>
        <translation>&amp;Overfør saker…</translation>
    </message>
    <message>
        <source>Import a &amp;handover bundle…</source>
        <translation>Importer en &amp;overføring…</translation>
    </message>
    <message>
        <source>Public key saved</source>
        <translation>Den offentlige nøkkelen er lagret</translation>
    </message>
    <message>
        <source>Saved {path}. Give it to your colleague (it holds no secret) and read them the fingerprint {fingerprint} when they add it.</source>
        <translation>Lagret {path}. Gi den til kollegaen (den inneholder ingen hemmelighet), og les opp fingeravtrykket {fingerprint} når de legger den til.</translation>
    </message>
    <message>
        <source>Save the public key</source>
        <translation>Lagre den offentlige nøkkelen</translation>
    </message>
    <message>
        <source>The colleague&apos;s public key</source>
        <translation>Kollegaens offentlige nøkkel</translation>
    </message>
    <message>
        <source>Add a colleague</source>
        <translation>Legg til en kollega</translation>
    </message>
    <message>
        <source>Remove {name}? Bundles from them are then refused until trusted again.</source>
        <translation>Fjerne {name}? Overføringer fra dem blir da avvist til de er godkjent igjen.</translation>
    </message>
    <message>
        <source>Import a handover bundle</source>
        <translation>Importer en overføring</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a register</source>
        <translation>Importer et register</translation>
    </message>
    <message>
        <source>Import the cases of an earlier register (CSV or XLSX). The whole file is checked first: if any row has a problem, nothing is imported and every problem is listed.</source>
        <translation>Importer sakene fra et tidligere register (CSV eller XLSX). Hele filen kontrolleres først: har en rad et problem, importeres ingenting, og alle problemene listes opp.</translation>
    </message>
    <message>
        <source>Register file</source>
        <translation>Registerfil</translation>
    </message>
    <message>
        <source>CSV or XLSX file</source>
        <translation>CSV- eller XLSX-fil</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Velg…</translation>
    </message>
    <message>
        <source>Choose the register file</source>
        <translation>Velg registerfilen</translation>
    </message>
    <message>
        <source>&amp;Skip cases that are already in the vault</source>
        <translation>&amp;Hopp over saker som allerede er i hvelvet</translation>
    </message>
    <message>
        <source>Skip cases that are already in the vault</source>
        <translation>Hopp over saker som allerede er i hvelvet</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importen så langt</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Resultatet av importen</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Problemer i filen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Registers (*.csv *.xlsx);;All files (*)</source>
        <translation>Registre (*.csv *.xlsx);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Leser {file}…</translation>
    </message>
    <message>
        <source>1 row read…</source>
        <translation>1 rad lest…</translation>
    </message>
    <message>
        <source>{n} rows read…</source>
        <translation>{n} rader lest…</translation>
    </message>
    <message>
        <source>Imported 1 case from {file}.</source>
        <translation>Importerte 1 sak fra {file}.</translation>
    </message>
    <message>
        <source>Imported {n} cases from {file}.</source>
        <translation>Importerte {n} saker fra {file}.</translation>
    </message>
    <message>
        <source>1 case was already in the vault and was skipped.</source>
        <translation>1 sak var allerede i hvelvet og ble hoppet over.</translation>
    </message>
    <message>
        <source>{n} cases were already in the vault and were skipped.</source>
        <translation>{n} saker var allerede i hvelvet og ble hoppet over.</translation>
    </message>
    <message>
        <source>Import a handover bundle</source>
        <translation>Importer en overføring</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>Kontrollerer overføringen…</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Overføring</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Avsender</translation>
    </message>
    <message>
        <source>Sender&apos;s fingerprint</source>
        <translation>Avsenderens fingeravtrykk</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the sender now</source>
        <translation>Sammenlign fingeravtrykket med avsenderen nå</translation>
    </message>
    <message>
        <source>The sender&apos;s name</source>
        <translation>Avsenderens navn</translation>
    </message>
    <message>
        <source>The sender&apos;s office</source>
        <translation>Avsenderens kontor</translation>
    </message>
    <message>
        <source>The fingerprint is the same as the sender&apos;s</source>
        <translation>Fingeravtrykket er det samme som avsenderens</translation>
    </message>
    <message>
        <source>Call the sender (or meet them) and have them read their fingerprint. Trust them only when every character is the same.</source>
        <translation>Ring avsenderen (eller møt dem) og be dem lese opp fingeravtrykket sitt. Godkjenn bare når hvert tegn er likt.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>Cases in the bundle</source>
        <translation>Saker i overføringen</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Forskjeller</translation>
    </message>
    <message>
        <source>These fields differ. This vault&apos;s value is kept unless you tick to take the bundle&apos;s.</source>
        <translation>Disse feltene er ulike. Verdien i dette hvelvet beholdes, med mindre du krysser av for å ta verdien fra overføringen.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Import the ticked cases</source>
        <translation>Importer de avkryssede sakene</translation>
    </message>
    <message>
        <source>The bundle was refused</source>
        <translation>Overføringen ble avvist</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Avvist</translation>
    </message>
    <message>
        <source>The bundle is whole, and its signature matches its sender.</source>
        <translation>Overføringen er hel, og signaturen stemmer med avsenderen.</translation>
    </message>
    <message>
        <source>From: {name}</source>
        <translation>Fra: {name}</translation>
    </message>
    <message>
        <source>From: unknown: compare fingerprint {fingerprint}</source>
        <translation>Fra: ukjent: sammenlign fingeravtrykk {fingerprint}</translation>
    </message>
    <message>
        <source>Imported from this bundle before (nothing to do): {refs}</source>
        <translation>Importert fra denne overføringen før (ingenting å gjøre): {refs}</translation>
    </message>
    <message>
        <source>Every case of this bundle was imported before; nothing changes.</source>
        <translation>Alle sakene i denne overføringen er importert før; ingenting endres.</translation>
    </message>
    <message>
        <source>new in this vault</source>
        <translation>ny i dette hvelvet</translation>
    </message>
    <message>
        <source>{reference}: nothing new</source>
        <translation>{reference}: ingenting nytt</translation>
    </message>
    <message>
        <source>merged into {reference}</source>
        <translation>slås sammen med {reference}</translation>
    </message>
    <message>
        <source>{name} is now a trusted colleague.</source>
        <translation>{name} er nå en godkjent kollega.</translation>
    </message>
    <message>
        <source>Imported: {refs}</source>
        <translation>Importert: {refs}</translation>
    </message>
    <message>
        <source>Nothing new: {refs}</source>
        <translation>Ingenting nytt: {refs}</translation>
    </message>
    <message>
        <source>Rejected (nothing written): {refs}</source>
        <translation>Avvist (ingenting skrevet): {refs}</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ingenting ble importert.</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>Overføringen er importert</translation>
    </message>
</context>
<context>
    <name>IntakePanel</name>
    <message>
        <source>Steps of the conversation</source>
        <extracomment>The case as its form shows it now (set by the case form); documents are made from it. None: the stored case.</extracomment>
        <translation>Stegene i samtalen</translation>
    </message>
    <message>
        <source>&lt; &amp;Previous</source>
        <translation>&lt; &amp;Forrige</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Neste &gt;</translation>
    </message>
    <message>
        <source>Print checklist…</source>
        <translation>Skriv ut sjekkliste…</translation>
    </message>
    <message>
        <source>Save checklist as PDF…</source>
        <translation>Lagre sjekkliste som PDF…</translation>
    </message>
    <message>
        <source>Save take-away sheet as PDF…</source>
        <translation>Lagre tiltaksark som PDF…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>secure now</source>
        <translation>sikre nå</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Hva skjedde</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>Remove this event from the timeline?</source>
        <translation>Fjerne denne hendelsen fra tidslinjen?</translation>
    </message>
    <message>
        <source>New event: date</source>
        <translation>Ny hendelse: dato</translation>
    </message>
    <message>
        <source>New event: what happened</source>
        <translation>Ny hendelse: hva skjedde</translation>
    </message>
    <message>
        <source>&amp;Add event</source>
        <translation>&amp;Legg til hendelse</translation>
    </message>
    <message>
        <source>&amp;Remove event</source>
        <translation>&amp;Fjern hendelse</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Grunnlag</translation>
    </message>
    <message>
        <source>The person&apos;s view</source>
        <translation>Personens opplevelse</translation>
    </message>
    <message>
        <source>Adviser&apos;s assessment</source>
        <translation>Rådgivers vurdering</translation>
    </message>
    <message>
        <source>By association</source>
        <translation>Tilknytning</translation>
    </message>
    <message>
        <source>Accepted and edited steps become follow-ups of the case (tab “Follow-up and timeline”), where you can change their date.</source>
        <translation>Godtatte og endrede steg blir oppfølginger i saken (fanen «Oppfølging og tidslinje»), der du kan endre datoen.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Valg</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Neste steg</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <source>Suggested next steps</source>
        <translation>Foreslåtte neste steg</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Godta</translation>
    </message>
    <message>
        <source>&amp;Drop</source>
        <translation>&amp;Forkast</translation>
    </message>
    <message>
        <source>&amp;Undecide</source>
        <translation>&amp;Angre valg</translation>
    </message>
    <message>
        <source>Next step in your own words</source>
        <translation>Neste steg med egne ord</translation>
    </message>
    <message>
        <source>Deadline of the step</source>
        <translation>Frist for steget</translation>
    </message>
    <message>
        <source>Dead&amp;line:</source>
        <translation>F&amp;rist:</translation>
    </message>
    <message>
        <source>&amp;Save as edited</source>
        <translation>&amp;Lagre som endret</translation>
    </message>
    <message>
        <source>&amp;Edit the selected step:</source>
        <translation>&amp;Endre valgt steg:</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Godtatt</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Endret</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Forkastet</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Ikke avgjort</translation>
    </message>
    <message>
        <source>Choose a step in the list first.</source>
        <translation>Velg et steg i listen først.</translation>
    </message>
    <message>
        <source>Write the step in your own words.</source>
        <translation>Skriv steget med egne ord.</translation>
    </message>
    <message>
        <source>The deadline is not a valid date.</source>
        <translation>Fristen er ikke en gyldig dato.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save checklist as PDF</source>
        <translation>Lagre sjekkliste som PDF</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>sjekkliste</translation>
    </message>
    <message>
        <source>Save take-away sheet as PDF</source>
        <translation>Lagre tiltaksark som PDF</translation>
    </message>
    <message>
        <source>takeaway</source>
        <translation>tiltaksark</translation>
    </message>
    <message>
        <source>Print checklist</source>
        <translation>Skriv ut sjekkliste</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>What it is</source>
        <translation>Hva det er</translation>
    </message>
    <message>
        <source>&amp;What it is:</source>
        <translation>&amp;Hva det er:</translation>
    </message>
    <message>
        <source>Kind of evidence</source>
        <translation>Type bevis</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Dato mottatt</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>Mottatt &amp;dato:</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Gitt av</translation>
    </message>
    <message>
        <source>&amp;Given by:</source>
        <translation>Gitt av:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>Merknad:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>Online (for posts, comments, messages)</source>
        <translation>På nett (innlegg, kommentarer, meldinger)</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Facebook, TikTok, an online newspaper…</source>
        <translation>Facebook, TikTok, en nettavis…</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plattform:</translation>
    </message>
    <message>
        <source>Address (URL)</source>
        <translation>Nettadresse (URL)</translation>
    </message>
    <message>
        <source>Address (&amp;URL):</source>
        <translation>&amp;Nettadresse (URL):</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Brukernavn</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>&amp;Brukernavn:</translation>
    </message>
    <message>
        <source>Time of posting</source>
        <translation>Tidspunkt for publisering</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM, as the post shows it</source>
        <translation>dd.mm.åååå tt:mm, slik innlegget viser det</translation>
    </message>
    <message>
        <source>&amp;Time of posting:</source>
        <translation>Tidspunkt for publisering:</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Sammenheng</translation>
    </message>
    <message>
        <source>The thread, the page or account, and what it replied to</source>
        <translation>Tråden, siden eller kontoen, og hva det var svar på</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>Sammenheng:</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Vitner</translation>
    </message>
    <message>
        <source>Keep a witness&apos;s contact details only when the client agrees (tick Consent).</source>
        <translation>Ta vare på et vitnes kontaktopplysninger bare når klienten sier ja (kryss av for Samtykke).</translation>
    </message>
    <message>
        <source>Save &amp;item</source>
        <translation>Lagre bevis</translation>
    </message>
    <message>
        <source>Save evidence item</source>
        <translation>Lagre beviset</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Angre endringene</translation>
    </message>
    <message>
        <source>{name} ({type}, {size})
SHA-256 {sha}</source>
        <translation>{name} ({type}, {size})
SHA-256 {sha}</translation>
    </message>
    <message>
        <source>No file (a record only)</source>
        <translation>Ingen fil (bare en oppføring)</translation>
    </message>
    <message>
        <source>Tick Consent for {name} to keep the contact details, or leave the contact out.</source>
        <translation>Kryss av for Samtykke for {name} for å ta vare på kontaktopplysningene, eller la dem stå tomme.</translation>
    </message>
    <message>
        <source>the witness</source>
        <translation>vitnet</translation>
    </message>
    <message>
        <source>Write what the item is.</source>
        <translation>Skriv hva beviset er.</translation>
    </message>
    <message>
        <source>Write the time of posting as YYYY-MM-DD HH:MM.</source>
        <translation>Skriv tidspunktet for publisering som dd.mm.åååå tt:mm (for eksempel 25.11.2026 22:14).</translation>
    </message>
    <message>
        <source>The address (URL) has spaces or no dot in it.</source>
        <translation>Nettadressen (URL) har mellomrom eller mangler punktum.</translation>
    </message>
    <message>
        <source>Every witness needs a name.</source>
        <translation>Hvert vitne må ha et navn.</translation>
    </message>
    <message>
        <source>A field of the item cannot be used.</source>
        <translation>Et av feltene kan ikke brukes.</translation>
    </message>
</context>
<context>
    <name>LeavesVault</name>
    <message>
        <source>The file you save now leaves the encrypted vault: anyone who can open the folder can read it. Save it only where it is safe, and delete it when it is no longer needed.</source>
        <translation>Filen du lagrer nå, forlater det krypterte hvelvet: alle som kan åpne mappen, kan lese den. Lagre den bare der den er trygg, og slett den når den ikke trengs lenger.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsett</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>Add…</source>
        <translation>Legg til…</translation>
    </message>
    <message>
        <source>Add to {list}</source>
        <translation>Legg til i {list}</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Endre…</translation>
    </message>
    <message>
        <source>Edit in {list}</source>
        <translation>Endre i {list}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Remove from {list}</source>
        <translation>Fjern fra {list}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Ny sak</translation>
    </message>
    <message>
        <source>New case (Ctrl+N)</source>
        <translation>Ny sak (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>Å&amp;pne sak</translation>
    </message>
    <message>
        <source>Open the selected case (Enter)</source>
        <translation>Åpne den valgte saken (Enter)</translation>
    </message>
    <message>
        <source>&amp;Discreet mode</source>
        <translation>&amp;Diskret modus</translation>
    </message>
    <message>
        <source>Discreet mode: hide client names – show references only (Ctrl+D)</source>
        <translation>Diskret modus: skjul klientnavn – vis bare saksnummer (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Lås hvelvet nå (Ctrl+L)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <extracomment>The main window&apos;s share of the screen&apos;s free area when it has no place yet. A screen&apos;s free area below this: the main window starts maximised. How much of a remembered window must be on a screen to put it there again. Windows that get the app-wide actions when shown (never menus, popups, tooltips).</extracomment>
        <translation>Verktøylinje</translation>
    </message>
    <message>
        <source>&amp;Find cases…</source>
        <translation>&amp;Finn saker…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Innstillinger…</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Bytt passordfrase…</translation>
    </message>
    <message>
        <source>New &amp;recovery key…</source>
        <translation>Ny &amp;gjenopprettingsnøkkel…</translation>
    </message>
    <message>
        <source>Change the &amp;vault key…</source>
        <translation>Bytt &amp;hvelvnøkkel…</translation>
    </message>
    <message>
        <source>&amp;Verify the vault…</source>
        <translation>&amp;Kontroller hvelvet…</translation>
    </message>
    <message>
        <source>The person&apos;s own &amp;copy…</source>
        <translation>Personens egen &amp;kopi (innsyn)…</translation>
    </message>
    <message>
        <source>&amp;Delete the case…</source>
        <translation>&amp;Slett saken…</translation>
    </message>
    <message>
        <source>&amp;Import an earlier register…</source>
        <translation>&amp;Importer et tidligere register…</translation>
    </message>
    <message>
        <source>&amp;About DiMe Desktop</source>
        <translation>&amp;Om DiMe Desktop</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Verktøylinje</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Ny sak</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Åpne sak</translation>
    </message>
    <message>
        <source>Discreet mode</source>
        <translation>Diskret modus</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lås</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Sak</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>Ver&amp;ktøy</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>Search summaries, journals and names…</source>
        <translation>Søk i sammendrag, journaler og navn…</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Søk i saker</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Søk:</translation>
    </message>
    <message>
        <source>Filter by year</source>
        <translation>Filtrer på år</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer på status</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Filter by area</source>
        <translation>Filtrer på område</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Alle områder</translation>
    </message>
    <message>
        <source>Filter by ground</source>
        <translation>Filtrer på grunnlag</translation>
    </message>
    <message>
        <source>All grounds</source>
        <translation>Alle grunnlag</translation>
    </message>
    <message>
        <source>Filter by desk</source>
        <translation>Filtrer på tjeneste</translation>
    </message>
    <message>
        <source>Both desks</source>
        <translation>Begge tjenester</translation>
    </message>
    <message>
        <source>Advice desk</source>
        <translation>Diskrimineringshjelpen</translation>
    </message>
    <message>
        <source>Mediation desk</source>
        <translation>Meglingsbenken</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>Omr&amp;åde:</translation>
    </message>
    <message>
        <source>&amp;Ground:</source>
        <translation>&amp;Grunnlag:</translation>
    </message>
    <message>
        <source>D&amp;esk:</source>
        <translation>T&amp;jeneste:</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Saker</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Åpne saker</translation>
    </message>
    <message>
        <source>Case list</source>
        <translation>Saksliste</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Skjermbilder</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Forfall</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>Megling</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistikk</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Utadrettet arbeid</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sikkerhetskopier</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Overføring</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Tilgangslogg</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Sletting</translation>
    </message>
    <message>
        <source>Warning: the access log is broken (see Access log).</source>
        <translation>Advarsel: tilgangsloggen er brutt (se Tilgangslogg).</translation>
    </message>
    <message>
        <source>The daily backup failed; the earlier backups were kept (see Backups).</source>
        <translation>Den daglige sikkerhetskopien mislyktes; de tidligere sikkerhetskopiene ble beholdt (se Sikkerhetskopier).</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Alle år</translation>
    </message>
    <message>
        <source>{n}+ cases</source>
        <translation>{n}+ saker</translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>1 sak</translation>
    </message>
    <message>
        <source>{n} cases</source>
        <translation>{n} saker</translation>
    </message>
    <message>
        <source>Case register – discreet</source>
        <translation>Saksregister – diskret</translation>
    </message>
    <message>
        <source>Case register</source>
        <translation>Saksregister</translation>
    </message>
    <message>
        <source>About the vault</source>
        <translation>Om hvelvet</translation>
    </message>
    <message>
        <source>1 open case has changes that are not saved.</source>
        <translation>1 åpen sak har endringer som ikke er lagret.</translation>
    </message>
    <message>
        <source>{n} open cases have changes that are not saved.</source>
        <translation>{n} åpne saker har endringer som ikke er lagret.</translation>
    </message>
    <message>
        <source>About DiMe Desktop</source>
        <translation>Om DiMe Desktop</translation>
    </message>
    <message>
        <source>DiMe Desktop {version}

An offline, encrypted case register for Diskrimineringshjelpen and Meglingsbenken.

Licence: {licence} (GNU General Public License, version 3 or later).

Vault: {path}</source>
        <translation>DiMe Desktop {version}

Et kryptert saksregister uten nettilkobling for Diskrimineringshjelpen og Meglingsbenken.

Lisens: {licence} (GNU General Public License, versjon 3 eller senere).

Hvelv: {path}</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation>Åpne en sak først.</translation>
    </message>
    <message>
        <source>&amp;Discreet mode: on</source>
        <translation>&amp;Diskret modus: på</translation>
    </message>
    <message>
        <source>&amp;Discreet mode: off</source>
        <translation>&amp;Diskret modus: av</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ulagrede endringer</translation>
    </message>
</context>
<context>
    <name>MarkSentDialog</name>
    <message>
        <source>Mark as sent</source>
        <translation>Merk som sendt</translation>
    </message>
    <message>
        <source>The version is sealed: it never changes again. Later edits are saved as a new version. The seal keeps the date, the recipient and the fingerprint (SHA-256) of the file that was sent.</source>
        <translation>Versjonen forsegles: den endres aldri mer. Senere endringer lagres som en ny versjon. Forseglingen tar vare på datoen, mottakeren og fingeravtrykket (SHA-256) til filen som ble sendt.</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Sendt til</translation>
    </message>
    <message>
        <source>Sent &amp;to:</source>
        <translation>Sendt &amp;til:</translation>
    </message>
    <message>
        <source>Date sent</source>
        <translation>Dato sendt</translation>
    </message>
    <message>
        <source>&amp;Date sent:</source>
        <translation>&amp;Dato sendt:</translation>
    </message>
    <message>
        <source>File that was sent</source>
        <translation>Filen som ble sendt</translation>
    </message>
    <message>
        <source>&amp;File that was sent:</source>
        <translation>&amp;Filen som ble sendt:</translation>
    </message>
    <message>
        <source>&amp;Mark as sent</source>
        <translation>&amp;Merk som sendt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Write whom it was sent to.</source>
        <translation>Skriv hvem den ble sendt til.</translation>
    </message>
</context>
<context>
    <name>Mediation</name>
    <message>
        <source>Fulfilled</source>
        <translation>Oppfylt</translation>
    </message>
    <message>
        <source>Fulfilled late</source>
        <translation>Oppfylt for sent</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Brutt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Forfalt</translation>
    </message>
    <message>
        <source>Not answered: {item}</source>
        <translation>Ikke besvart: {item}</translation>
    </message>
    <message>
        <source>“{item}” is answered no: write the reason to go on.</source>
        <translation>«{item}» er besvart nei: skriv begrunnelsen for å gå videre.</translation>
    </message>
    <message>
        <source>Answer “{item}” again: the parties or their consents have changed.</source>
        <translation>Svar på nytt på «{item}»: partene eller samtykkene deres er endret.</translation>
    </message>
    <message>
        <source>Add the client as a party.</source>
        <translation>Legg til klienten som part.</translation>
    </message>
    <message>
        <source>Add the other party.</source>
        <translation>Legg til den andre parten.</translation>
    </message>
    <message>
        <source>{party} has not consented to mediation.</source>
        <translation>{party} har ikke samtykket til megling.</translation>
    </message>
    <message>
        <source>{party} has withdrawn the consent to mediation.</source>
        <translation>{party} har trukket tilbake samtykket til megling.</translation>
    </message>
    <message>
        <source>{party} is under 18: add a guardian.</source>
        <translation>{party} er under 18: legg til en verge.</translation>
    </message>
    <message>
        <source>No meeting is marked as held.</source>
        <translation>Ingen møter er merket som holdt.</translation>
    </message>
    <message>
        <source>The outcome is not an agreement.</source>
        <translation>Utfallet er ikke en avtale.</translation>
    </message>
    <message>
        <source>{term}: choose who does it.</source>
        <translation>{term}: velg hvem som gjør det.</translation>
    </message>
    <message>
        <source>{term}: write what is to be done.</source>
        <translation>{term}: skriv hva som skal gjøres.</translation>
    </message>
    <message>
        <source>Not every term of the agreement is fulfilled.</source>
        <translation>Ikke alle punktene i avtalen er oppfylt.</translation>
    </message>
    <message>
        <source>The case cannot be closed before it was referred.</source>
        <translation>Saken kan ikke avsluttes før den ble henvist.</translation>
    </message>
    <message>
        <source>{name}: choose the party this person accompanies.</source>
        <translation>{name}: velg parten denne personen følger.</translation>
    </message>
    <message>
        <source>A consent is withdrawn before it was given.</source>
        <translation>Et samtykke er trukket tilbake før det ble gitt.</translation>
    </message>
    <message>
        <source>Only one party can be the client.</source>
        <translation>Bare én part kan være klienten.</translation>
    </message>
    <message>
        <source>A party that is no longer in the case is named.</source>
        <translation>En part som ikke lenger er med i saken, er nevnt.</translation>
    </message>
    <message>
        <source>{term}: fill in the date it was followed up.</source>
        <translation>{term}: fyll inn datoen for oppfølgingen.</translation>
    </message>
    <message>
        <source>This step is not possible from the case&apos;s stage.</source>
        <translation>Dette steget er ikke mulig fra sakens fase.</translation>
    </message>
    <message>
        <source>The case is closed. Reopen it first.</source>
        <translation>Saken er avsluttet. Gjenåpne den først.</translation>
    </message>
    <message>
        <source>Choose the mediation area.</source>
        <translation>Velg meglingsområdet.</translation>
    </message>
    <message>
        <source>Record that the client consented to the referral, and when.</source>
        <translation>Registrer at klienten samtykket til henvisningen, og når.</translation>
    </message>
    <message>
        <source>Record how the client gave consent to the referral.</source>
        <translation>Registrer hvordan klienten samtykket til henvisningen.</translation>
    </message>
    <message>
        <source>Fill in the date the agreement was made.</source>
        <translation>Fyll inn datoen avtalen ble inngått.</translation>
    </message>
    <message>
        <source>Add at least one term to the agreement.</source>
        <translation>Legg til minst ett punkt i avtalen.</translation>
    </message>
    <message>
        <source>Choose why the case is closed.</source>
        <translation>Velg hvorfor saken avsluttes.</translation>
    </message>
    <message>
        <source>Choose the outcome first.</source>
        <translation>Velg utfallet først.</translation>
    </message>
    <message>
        <source>Fill in the date the case was closed.</source>
        <translation>Fyll inn datoen saken ble avsluttet.</translation>
    </message>
    <message>
        <source>Something must be filled in: {field}</source>
        <translation>Noe må fylles inn: {field}</translation>
    </message>
    <message>
        <source>Unknown value “{value}”.</source>
        <translation>Ukjent verdi «{value}».</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>Term {number}</source>
        <translation>Punkt {number}</translation>
    </message>
</context>
<context>
    <name>MediationCaseScreen</name>
    <message>
        <source>Stage of the mediation case</source>
        <translation>Meglingssakens fase</translation>
    </message>
    <message>
        <source>Three-year limit</source>
        <translation>Treårsgrense</translation>
    </message>
    <message>
        <source>Hate crime warning</source>
        <translation>Advarsel om hatkriminalitet</translation>
    </message>
    <message>
        <source>Steps of the mediation case</source>
        <translation>Stegene i meglingssaken</translation>
    </message>
    <message>
        <source>Close the mediation &amp;case…</source>
        <translation>Avslutt megling&amp;ssaken…</translation>
    </message>
    <message>
        <source>Close the mediation case</source>
        <translation>Avslutt meglingssaken</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Gjen&amp;åpne</translation>
    </message>
    <message>
        <source>Reopen the mediation case</source>
        <translation>Gjenåpne meglingssaken</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Save mediation case</source>
        <translation>Lagre meglingssaken</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Close mediation tab</source>
        <translation>Lukk meglingsfanen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Discreet mode: the parties&apos; names, the notes and the terms of this mediation case are hidden.</source>
        <translation>Diskret modus: partenes navn, notatene og avtalepunktene i denne meglingssaken er skjult.</translation>
    </message>
    <message>
        <source>&amp;Referral</source>
        <translation>&amp;Henvisning</translation>
    </message>
    <message>
        <source>Advice case</source>
        <translation>Rådgivningssak</translation>
    </message>
    <message>
        <source>Open the advice case</source>
        <translation>Åpne rådgivningssaken</translation>
    </message>
    <message>
        <source>Advice case:</source>
        <translation>Rådgivningssak:</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Henvist dato</translation>
    </message>
    <message>
        <source>Referred &amp;on:</source>
        <translation>Henvist &amp;dato:</translation>
    </message>
    <message>
        <source>Client&apos;s consent to the referral</source>
        <translation>Klientens samtykke til henvisningen</translation>
    </message>
    <message>
        <source>The client&apos;s &amp;consent to the referral:</source>
        <translation>Klientens &amp;samtykke til henvisningen:</translation>
    </message>
    <message>
        <source>Mediation area</source>
        <translation>Meglingsområde</translation>
    </message>
    <message>
        <source>(choose an area)</source>
        <translation>(velg område)</translation>
    </message>
    <message>
        <source>Mediation &amp;area:</source>
        <translation>Meglingsom&amp;råde:</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>Megler</translation>
    </message>
    <message>
        <source>Your name: each change of stage records it</source>
        <translation>Navnet ditt: hver faseendring registrerer det</translation>
    </message>
    <message>
        <source>&amp;Mediator:</source>
        <translation>M&amp;egler:</translation>
    </message>
    <message>
        <source>A c&amp;riminal case (the agreement gets a two-week cooling-off period)</source>
        <translation>En s&amp;traffesak (avtalen får to ukers angrefrist)</translation>
    </message>
    <message>
        <source>Criminal case</source>
        <translation>Straffesak</translation>
    </message>
    <message>
        <source>Note on the referral</source>
        <translation>Merknad til henvisningen</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Merknad:</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>&amp;Parter</translation>
    </message>
    <message>
        <source>The client and the other party each consent to mediation, and can withdraw it. Add a guardian for a party under 18, and any representative or support person.</source>
        <translation>Klienten og den andre parten samtykker hver for seg til megling, og kan trekke samtykket tilbake. Legg til en verge for en part under 18, og eventuelle representanter eller støttepersoner.</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Under 18</translation>
    </message>
    <message>
        <source>Accompanies</source>
        <translation>Følger</translation>
    </message>
    <message>
        <source>Consent to mediation</source>
        <translation>Samtykke til megling</translation>
    </message>
    <message>
        <source>S&amp;uitability</source>
        <translation>&amp;Egnethet</translation>
    </message>
    <message>
        <source>Facts first: the case is ready for a meeting only when every question is answered. A “no” needs a reason to go on.</source>
        <translation>Faktum først: saken er klar for møte først når alle spørsmål er besvart. Et «nei» trenger en begrunnelse for å gå videre.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>{item}: yes</source>
        <translation>{item}: ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>{item}: no</source>
        <translation>{item}: nei</translation>
    </message>
    <message>
        <source>{item}: reason</source>
        <translation>{item}: begrunnelse</translation>
    </message>
    <message>
        <source>Reason (needed to go on after a no)</source>
        <translation>Begrunnelse (trengs for å gå videre etter et nei)</translation>
    </message>
    <message>
        <source>Ready for a meeting?</source>
        <translation>Klar for møte?</translation>
    </message>
    <message>
        <source>Mark as ready for a meeting</source>
        <translation>Merk som klar for møte</translation>
    </message>
    <message>
        <source>Ready for a meeting</source>
        <translation>Klar for møte</translation>
    </message>
    <message>
        <source>Preparatory &amp;talks</source>
        <translation>For&amp;samtaler</translation>
    </message>
    <message>
        <source>A talk with each party before any meeting. Many cases are resolved here: close the case with “Resolved in the preparatory talks”.</source>
        <translation>En samtale med hver part før et eventuelt møte. Mange saker løser seg her: avslutt saken med «Løst i forsamtalene».</translation>
    </message>
    <message>
        <source>Preparatory talks</source>
        <translation>Forsamtaler</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Med</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Hvem deltok</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Møte</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Møter</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Klokkeslett</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The meeting was &amp;held</source>
        <translation>Møtet ble &amp;holdt</translation>
    </message>
    <message>
        <source>The chosen meeting was held</source>
        <translation>Det valgte møtet ble holdt</translation>
    </message>
    <message>
        <source>&amp;Outcome and agreement</source>
        <translation>&amp;Utfall og avtale</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>(no outcome yet)</source>
        <translation>(intet utfall ennå)</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>&amp;Utfall:</translation>
    </message>
    <message>
        <source>Agreement made on</source>
        <translation>Avtale inngått dato</translation>
    </message>
    <message>
        <source>Agreement made o&amp;n:</source>
        <translation>Avtale inngått &amp;dato:</translation>
    </message>
    <message>
        <source>Cooling-off period</source>
        <translation>Angrefrist</translation>
    </message>
    <message>
        <source>Terms of the agreement</source>
        <translation>Punkter i avtalen</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Innen</translation>
    </message>
    <message>
        <source>Who does what by when:</source>
        <translation>Hvem gjør hva innen når:</translation>
    </message>
    <message>
        <source>Language of the agreement</source>
        <translation>Språket i avtalen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Agreement as &amp;PDF…</source>
        <translation>Avtalen som &amp;PDF…</translation>
    </message>
    <message>
        <source>Agreement as &amp;DOCX…</source>
        <translation>Avtalen som &amp;DOCX…</translation>
    </message>
    <message>
        <source>&amp;Follow up the agreement</source>
        <translation>&amp;Følg opp avtalen</translation>
    </message>
    <message>
        <source>Fo&amp;llow-up</source>
        <translation>&amp;Oppfølging</translation>
    </message>
    <message>
        <source>Fulfilment of the agreement</source>
        <translation>Oppfyllelse av avtalen</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Oppfølginger</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Følg opp</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Follow &amp;up…</source>
        <translation>Følg &amp;opp…</translation>
    </message>
    <message>
        <source>Follow up the chosen term</source>
        <translation>Følg opp det valgte punktet</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historikk</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Endret av</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>Changes of stage</source>
        <translation>Faseendringer</translation>
    </message>
    <message>
        <source>Mediation case {reference}</source>
        <translation>Meglingssak {reference}</translation>
    </message>
    <message>
        <source>Stage: {stage} · Area: {area}</source>
        <translation>Fase: {stage} · Område: {area}</translation>
    </message>
    <message>
        <source>No parties yet.</source>
        <translation>Ingen parter ennå.</translation>
    </message>
    <message>
        <source>Answer again: the parties or their consents have changed.</source>
        <translation>Svar på nytt: partene eller samtykkene deres er endret.</translation>
    </message>
    <message>
        <source>The case is ready for a meeting.</source>
        <translation>Saken er klar for møte.</translation>
    </message>
    <message>
        <source>Marked ready, but now: {problems}</source>
        <translation>Merket som klar, men nå: {problems}</translation>
    </message>
    <message>
        <source>Not ready for a meeting yet: {problems}</source>
        <translation>Ikke klar for møte ennå: {problems}</translation>
    </message>
    <message>
        <source>Everything is answered: the case can be marked as ready.</source>
        <translation>Alt er besvart: saken kan merkes som klar.</translation>
    </message>
    <message>
        <source>No preparatory talks yet.</source>
        <translation>Ingen forsamtaler ennå.</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Holdt</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>No meeting planned yet.</source>
        <translation>Ingen møter planlagt ennå.</translation>
    </message>
    <message>
        <source>Criminal case: each party may withdraw from the agreement within two weeks of signing it, until {date}.</source>
        <translation>Straffesak: hver av partene kan trekke seg fra avtalen innen to uker etter at den er underskrevet, til og med {date}.</translation>
    </message>
    <message>
        <source>No terms yet.</source>
        <translation>Ingen punkter ennå.</translation>
    </message>
    <message>
        <source>Terms: {terms} · fulfilled: {fulfilled} · fulfilled late: {late} · broken: {broken} · open: {open} (overdue: {overdue})</source>
        <translation>Punkter: {terms} · oppfylt: {fulfilled} · oppfylt for sent: {late} · brutt: {broken} · åpne: {open} (forfalt: {overdue})</translation>
    </message>
    <message>
        <source>No agreement to follow up yet.</source>
        <translation>Ingen avtale å følge opp ennå.</translation>
    </message>
    <message>
        <source>Each term of the agreement is followed up on its date.</source>
        <translation>Hvert punkt i avtalen følges opp på sin dato.</translation>
    </message>
    <message>
        <source>Closed {date}: {reason}</source>
        <translation>Avsluttet {date}: {reason}</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Ikke gitt</translation>
    </message>
    <message>
        <source>Withdrawn {date}</source>
        <translation>Trukket tilbake {date}</translation>
    </message>
    <message>
        <source>Given {date} ({how})</source>
        <translation>Gitt {date} ({how})</translation>
    </message>
    <message>
        <source>Write the mediator&apos;s name on the Referral tab: each change of stage records who made it.</source>
        <translation>Skriv meglerens navn i fanen Henvisning: hver faseendring registrerer hvem som gjorde den.</translation>
    </message>
    <message>
        <source>Not yet:</source>
        <translation>Ikke ennå:</translation>
    </message>
    <message>
        <source>Choose the meeting in the list.</source>
        <translation>Velg møtet i listen.</translation>
    </message>
    <message>
        <source>A date cannot be read: write it like {example}.</source>
        <translation>En dato kan ikke leses: skriv den slik: {example}.</translation>
    </message>
    <message>
        <source>The mediation case was not saved:</source>
        <translation>Meglingssaken ble ikke lagret:</translation>
    </message>
    <message>
        <source>The agreement cannot be written yet:</source>
        <translation>Avtalen kan ikke skrives ennå:</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <source>Save the agreement</source>
        <translation>Lagre avtalen</translation>
    </message>
    <message>
        <source>Discreet mode: this mediation case is hidden until you show it.</source>
        <translation>Diskret modus: denne meglingssaken er skjult til du viser den.</translation>
    </message>
    <message>
        <source>Show this case</source>
        <translation>Vis denne saken</translation>
    </message>
    <message>
        <source>Discreet mode is on, but this case is shown in clear.</source>
        <translation>Diskret modus er på, men denne saken vises i klartekst.</translation>
    </message>
    <message>
        <source>Hide again</source>
        <translation>Skjul igjen</translation>
    </message>
    <message>
        <source>Mediation {reference}</source>
        <translation>Megling {reference}</translation>
    </message>
    <message>
        <source>This mediation case has changes that are not saved.</source>
        <translation>Denne meglingssaken har endringer som ikke er lagret.</translation>
    </message>
</context>
<context>
    <name>MediationHook</name>
    <message>
        <source>Refer to mediation</source>
        <translation>Henvis til megling</translation>
    </message>
    <message>
        <source>Open the mediation case</source>
        <translation>Åpne meglingssaken</translation>
    </message>
    <message>
        <source>&amp;Refer to mediation…</source>
        <translation>&amp;Henvis til megling…</translation>
    </message>
    <message>
        <source>Save the case first: a referral points at a saved case.</source>
        <translation>Lagre saken først: en henvisning peker på en lagret sak.</translation>
    </message>
    <message>
        <source>The mediation desk keeps the referral, the area and the outcome of this case: change them in the mediation case.</source>
        <translation>Meglingsbenken fører henvisningen, området og resultatet for denne saken: endre dem i meglingssaken.</translation>
    </message>
</context>
<context>
    <name>MediationView</name>
    <message>
        <source>Mediation desk (Meglingsbenken)</source>
        <translation>Meglingsbenken</translation>
    </message>
    <message>
        <source>Cases referred from the advice desk, from referral to a fulfilled agreement. Refer a case with “Refer to mediation” on its Mediation tab.</source>
        <translation>Saker henvist fra Diskrimineringshjelpen, fra henvisning til oppfylt avtale. Henvis en sak med «Henvis til megling» i fanen Megling i saken.</translation>
    </message>
    <message>
        <source>Filter by stage</source>
        <translation>Filtrer etter fase</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle faser</translation>
    </message>
    <message>
        <source>Filter by mediation area</source>
        <translation>Filtrer etter meglingsområde</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Alle områder</translation>
    </message>
    <message>
        <source>&amp;Open mediation case</source>
        <translation>Å&amp;pne meglingssak</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation>O&amp;mråde:</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Saksnummer</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Henvist</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Neste møte</translation>
    </message>
    <message>
        <source>Open terms</source>
        <translation>Åpne punkter</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Neste oppfølging</translation>
    </message>
    <message>
        <source>Mediation cases</source>
        <translation>Meglingssaker</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Klokkeslett</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sak</translation>
    </message>
    <message>
        <source>Next meetings</source>
        <translation>Neste møter</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Følg opp</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Innen</translation>
    </message>
    <message>
        <source>Terms due or overdue</source>
        <translation>Punkter som forfaller eller har forfalt</translation>
    </message>
    <message>
        <source>Mediation desk status</source>
        <translation>Status for Meglingsbenken</translation>
    </message>
    <message>
        <source>Next &amp;meetings</source>
        <translation>Neste &amp;møter</translation>
    </message>
    <message>
        <source>Terms &amp;due or overdue</source>
        <translation>Punkter som &amp;forfaller eller har forfalt</translation>
    </message>
    <message>
        <source>&amp;Cases by stage</source>
        <translation>&amp;Saker etter fase</translation>
    </message>
    <message>
        <source>Ticked as referred, not taken up yet</source>
        <translation>Krysset av som henvist, ikke tatt opp ennå</translation>
    </message>
    <message>
        <source>1 mediation case</source>
        <translation>1 meglingssak</translation>
    </message>
    <message>
        <source>{n} mediation cases</source>
        <translation>{n} meglingssaker</translation>
    </message>
    <message>
        <source>1 referral not taken up yet</source>
        <translation>1 henvisning ikke tatt opp ennå</translation>
    </message>
    <message>
        <source>{n} referrals not taken up yet</source>
        <translation>{n} henvisninger ikke tatt opp ennå</translation>
    </message>
    <message>
        <source>1 meeting ahead</source>
        <translation>1 møte framover</translation>
    </message>
    <message>
        <source>{n} meetings ahead</source>
        <translation>{n} møter framover</translation>
    </message>
    <message>
        <source>1 term due</source>
        <translation>1 avtalepunkt forfaller</translation>
    </message>
    <message>
        <source>{n} terms due</source>
        <translation>{n} avtalepunkter forfaller</translation>
    </message>
    <message>
        <source>{n} overdue</source>
        <translation>{n} har forfalt</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date} (forfalt)</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Mediation meeting</source>
        <translation>Meglingsmøte</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Endre møte</translation>
    </message>
    <message>
        <source>Date of the meeting</source>
        <translation>Dato for møtet</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Klokkeslett</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Klokkeslett:</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>(another place, below)</source>
        <translation>(et annet sted, under)</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Sted:</translation>
    </message>
    <message>
        <source>Another place</source>
        <translation>Et annet sted</translation>
    </message>
    <message>
        <source>A neutral place: neither party&apos;s premises</source>
        <translation>Et nøytralt sted: ikke hos noen av partene</translation>
    </message>
    <message>
        <source>Another p&amp;lace:</source>
        <translation>Et annet s&amp;ted:</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <source>P&amp;articipants:</source>
        <translation>&amp;Deltakere:</translation>
    </message>
    <message>
        <source>The mediator&apos;s notes</source>
        <translation>Meglerens notater</translation>
    </message>
    <message>
        <source>The mediator&apos;s &amp;notes:</source>
        <translation>Meglerens &amp;notater:</translation>
    </message>
    <message>
        <source>Choose a place or write where the meeting is.</source>
        <translation>Velg et sted eller skriv hvor møtet er.</translation>
    </message>
</context>
<context>
    <name>MergeOffices</name>
    <message>
        <source>The offices&apos; count files</source>
        <translation>Kontorenes tallfiler</translation>
    </message>
    <message>
        <source>Merged summary</source>
        <translation>Samlet oversikt</translation>
    </message>
    <message>
        <source>Save the merged summary</source>
        <translation>Lagre den samlede oversikten</translation>
    </message>
    <message>
        <source>dime-statistics-{year}-offices.pdf</source>
        <translation>dime-statistikk-{year}-kontorer.pdf</translation>
    </message>
    <message>
        <source>Merged summary saved</source>
        <translation>Den samlede oversikten er lagret</translation>
    </message>
    <message>
        <source>Saved {path}, made from the offices {offices}.</source>
        <translation>Lagret {path}, laget av tallene fra kontorene {offices}.</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation>Ny gjenopprettingsnøkkel</translation>
    </message>
    <message>
        <source>A new recovery key replaces the old one: the old key stops working at once. Make a new one when the sheet is lost or someone may have seen it. Type the passphrase to go on.</source>
        <translation>En ny gjenopprettingsnøkkel erstatter den gamle: den gamle nøkkelen slutter å virke med en gang. Lag en ny når arket er borte eller noen kan ha sett det. Skriv passordfrasen for å gå videre.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passordfrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passordfrase:</translation>
    </message>
    <message>
        <source>&amp;Make a new recovery key</source>
        <translation>&amp;Lag en ny gjenopprettingsnøkkel</translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation>Lag en ny gjenopprettingsnøkkel</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Your new recovery key</source>
        <translation>Din nye gjenopprettingsnøkkel</translation>
    </message>
    <message>
        <source>Write it down or print it now and keep the sheet locked away – it is shown only this once. The old recovery key no longer opens the vault.</source>
        <translation>Skriv den ned eller skriv den ut nå, og oppbevar arket innelåst – den vises bare denne ene gangen. Den gamle gjenopprettingsnøkkelen åpner ikke hvelvet lenger.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Ferdig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <source>Making a new recovery key…</source>
        <translation>Lager en ny gjenopprettingsnøkkel…</translation>
    </message>
</context>
<context>
    <name>OutreachDialog</name>
    <message>
        <source>New outreach activity</source>
        <translation>Ny utadrettet aktivitet</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>Endre aktivitet</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Date with calendar</source>
        <translation>Dato med kalender</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>Type aktivitet</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>e.g. Course on recognising discrimination</source>
        <translation>f.eks. Kurs i å gjenkjenne diskriminering</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;ittel:</translation>
    </message>
    <message>
        <source>Organiser or audience</source>
        <translation>Arrangør eller publikum</translation>
    </message>
    <message>
        <source>An organisation or group, never a client</source>
        <translation>En organisasjon eller gruppe, aldri en klient</translation>
    </message>
    <message>
        <source>&amp;Organiser or audience:</source>
        <translation>&amp;Arrangør eller publikum:</translation>
    </message>
    <message>
        <source>Number of participants</source>
        <translation>Antall deltakere</translation>
    </message>
    <message>
        <source>Leave empty if not counted</source>
        <translation>La stå tomt hvis ikke telt</translation>
    </message>
    <message>
        <source>&amp;Approximate (ca.)</source>
        <translation>&amp;Omtrentlig (ca.)</translation>
    </message>
    <message>
        <source>The number of participants is approximate</source>
        <translation>Antallet deltakere er omtrentlig</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>Delta&amp;kere:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notater:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Save activity</source>
        <translation>Lagre aktiviteten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Choose the date of the activity.</source>
        <translation>Velg datoen for aktiviteten.</translation>
    </message>
    <message>
        <source>Write a title, e.g. the name of the course.</source>
        <translation>Skriv en tittel, f.eks. navnet på kurset.</translation>
    </message>
    <message>
        <source>Write the number of participants as a whole number (0 or more), or leave it empty.</source>
        <translation>Skriv antall deltakere som et helt tall (0 eller mer), eller la feltet stå tomt.</translation>
    </message>
    <message>
        <source>Write the approximate number, or untick “ca.”.</source>
        <translation>Skriv det omtrentlige antallet, eller fjern krysset for «ca.».</translation>
    </message>
</context>
<context>
    <name>OutreachTableModel</name>
    <message>
        <source>ca. {n}</source>
        <translation>ca. {n}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Organiser or audience</source>
        <translation>Arrangør eller publikum</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
</context>
<context>
    <name>OutreachView</name>
    <message>
        <source>Outreach log</source>
        <translation>Utadrettet arbeid</translation>
    </message>
    <message>
        <source>Courses, talks, stands at events and media coverage, for the yearly summary. Write organisations or groups, never clients.</source>
        <translation>Kurs, foredrag, stands på arrangementer og medieomtale, til årsoppsummeringen. Skriv organisasjoner eller grupper, aldri klienter.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>Summary of the year</source>
        <translation>Oppsummering av året</translation>
    </message>
    <message>
        <source>&amp;New activity…</source>
        <translation>&amp;Ny aktivitet…</translation>
    </message>
    <message>
        <source>New outreach activity</source>
        <translation>Ny utadrettet aktivitet</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Endre…</translation>
    </message>
    <message>
        <source>Edit the chosen activity</source>
        <translation>Endre den valgte aktiviteten</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Slett…</translation>
    </message>
    <message>
        <source>Delete the chosen activity</source>
        <translation>Slett den valgte aktiviteten</translation>
    </message>
    <message>
        <source>Outreach activities</source>
        <translation>Utadrettede aktiviteter</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Alle år</translation>
    </message>
    <message>
        <source>Activities: {count}   Participants: {participants}</source>
        <translation>Aktiviteter: {count}   Deltakere: {participants}</translation>
    </message>
    <message>
        <source>Nothing logged for this year yet. Choose “New activity…” to add one.</source>
        <translation>Ingenting registrert for dette året ennå. Velg «Ny aktivitet…» for å legge til.</translation>
    </message>
    <message>
        <source>Nothing logged yet. Choose “New activity…” to add one.</source>
        <translation>Ingenting registrert ennå. Velg «Ny aktivitet…» for å legge til.</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Slett aktivitet</translation>
    </message>
    <message>
        <source>Delete “{title}” ({date}) from the outreach log?</source>
        <translation>Slette «{title}» ({date}) fra loggen over utadrettet arbeid?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Dette kan ikke angres.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Behold</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <source>Party</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Edit party</source>
        <translation>Endre part</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>An &amp;organisation (a business, a school, a body)</source>
        <translation>En &amp;organisasjon (en virksomhet, en skole, et organ)</translation>
    </message>
    <message>
        <source>An organisation</source>
        <translation>En organisasjon</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>Kontakt&amp;person:</translation>
    </message>
    <message>
        <source>Phone or e-mail</source>
        <translation>Telefon eller e-post</translation>
    </message>
    <message>
        <source>Phone or e-&amp;mail:</source>
        <translation>Telefon eller e-&amp;post:</translation>
    </message>
    <message>
        <source>&amp;Under 18 (a guardian signs too)</source>
        <translation>&amp;Under 18 (en verge skriver også under)</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Under 18</translation>
    </message>
    <message>
        <source>Accompanies</source>
        <translation>Følger</translation>
    </message>
    <message>
        <source>(choose the party)</source>
        <translation>(velg parten)</translation>
    </message>
    <message>
        <source>&amp;Accompanies:</source>
        <translation>&amp;Følger:</translation>
    </message>
    <message>
        <source>Consent to mediation</source>
        <translation>Samtykke til megling</translation>
    </message>
    <message>
        <source>&amp;Consent to mediation:</source>
        <translation>&amp;Samtykke til megling:</translation>
    </message>
    <message>
        <source>Choose the party this person accompanies.</source>
        <translation>Velg parten denne personen følger.</translation>
    </message>
    <message>
        <source>The case already has a client.</source>
        <translation>Saken har allerede en klient.</translation>
    </message>
    <message>
        <source>Choose how the consent was given.</source>
        <translation>Velg hvordan samtykket ble gitt.</translation>
    </message>
</context>
<context>
    <name>PassphrasePair</name>
    <message>
        <source>New passphrase</source>
        <translation>Ny passordfrase</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Gjenta passordfrasen</translation>
    </message>
    <message>
        <source>S&amp;how the passphrase</source>
        <translation>&amp;Vis passordfrasen</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Vis passordfrasen</translation>
    </message>
    <message>
        <source>Why the passphrase cannot be used</source>
        <translation>Hvorfor passordfrasen ikke kan brukes</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passordfrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Gjenta:</translation>
    </message>
    <message>
        <source>Use at least 15 characters, for example four or five ordinary words with spaces between.</source>
        <translation>Bruk minst 15 tegn, for eksempel fire eller fem vanlige ord med mellomrom mellom.</translation>
    </message>
    <message>
        <source>Now type the same passphrase again.</source>
        <translation>Skriv nå den samme passordfrasen en gang til.</translation>
    </message>
    <message>
        <source>✓ The passphrase can be used.</source>
        <translation>✓ Passordfrasen kan brukes.</translation>
    </message>
</context>
<context>
    <name>RecoveryKey</name>
    <message>
        <source>The recovery key is not written down</source>
        <translation>Gjenopprettingsnøkkelen er ikke skrevet ned</translation>
    </message>
    <message>
        <source>The recovery key is shown only now. Without it and without the passphrase nobody can open the register. Write it down or print it before you close.</source>
        <translation>Gjenopprettingsnøkkelen vises bare nå. Uten den og uten passordfrasen kan ingen åpne registeret. Skriv den ned eller skriv den ut før du lukker.</translation>
    </message>
    <message>
        <source>If you close now, make a new recovery key later: Tools → New recovery key.</source>
        <translation>Lukker du nå, må du lage en ny gjenopprettingsnøkkel senere: Verktøy → Ny gjenopprettingsnøkkel.</translation>
    </message>
    <message>
        <source>Back to the key</source>
        <translation>Tilbake til nøkkelen</translation>
    </message>
    <message>
        <source>Close without it</source>
        <translation>Lukk uten den</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <source>Recovery key</source>
        <translation>Gjenopprettingsnøkkel</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Skriv ut gjenopprettingsnøkkelen</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Lagre som &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the recovery key as PDF</source>
        <translation>Lagre gjenopprettingsnøkkelen som PDF</translation>
    </message>
    <message>
        <source>I have &amp;written down or printed the recovery key</source>
        <translation>Jeg har &amp;skrevet ned eller skrevet ut gjenopprettingsnøkkelen</translation>
    </message>
    <message>
        <source>I have written down or printed the recovery key</source>
        <translation>Jeg har skrevet ned eller skrevet ut gjenopprettingsnøkkelen</translation>
    </message>
    <message>
        <source>recovery-key.pdf</source>
        <translation>gjenopprettingsnokkel.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {path}. Print it, then delete the file – a key on this computer does not protect against losing the computer.</source>
        <translation>Lagret i {path}. Skriv den ut og slett deretter filen – en nøkkel på denne datamaskinen beskytter ikke mot å miste datamaskinen.</translation>
    </message>
</context>
<context>
    <name>RetentionView</name>
    <message>
        <source>Retention and deletion</source>
        <translation>Lagringstid og sletting</translation>
    </message>
    <message>
        <source>How long cases are kept</source>
        <translation>Hvor lenge saker lagres</translation>
    </message>
    <message>
        <source>Advice desk, years after closing</source>
        <translation>Diskrimineringshjelpen, år etter avslutning</translation>
    </message>
    <message>
        <source>Mediation desk, years after closing</source>
        <translation>Meglingsbenken, år etter avslutning</translation>
    </message>
    <message>
        <source>Access log, years</source>
        <translation>Tilgangsloggen, år</translation>
    </message>
    <message>
        <source>&amp;Advice desk:</source>
        <translation>&amp;Diskrimineringshjelpen:</translation>
    </message>
    <message>
        <source>&amp;Mediation desk:</source>
        <translation>&amp;Meglingsbenken:</translation>
    </message>
    <message>
        <source>Access &amp;log:</source>
        <translation>Tilgangs&amp;loggen:</translation>
    </message>
    <message>
        <source>State of the rules</source>
        <translation>Tilstanden til reglene</translation>
    </message>
    <message>
        <source>&amp;Confirm the rules</source>
        <translation>&amp;Bekreft reglene</translation>
    </message>
    <message>
        <source>Confirm the rules</source>
        <translation>Bekreft reglene</translation>
    </message>
    <message>
        <source>Due for deletion</source>
        <translation>Skal slettes</translation>
    </message>
    <message>
        <source>Cases due for deletion</source>
        <translation>Saker som skal slettes</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>Kryss av &amp;alle</translation>
    </message>
    <message>
        <source>&amp;Delete the ticked cases…</source>
        <translation>&amp;Slett de avkryssede sakene…</translation>
    </message>
    <message>
        <source>Delete the ticked cases</source>
        <translation>Slett de avkryssede sakene</translation>
    </message>
    <message>
        <source> years</source>
        <translation> år</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(ukjent)</translation>
    </message>
    <message>
        <source>Confirmed on {date} by {who}.</source>
        <translation>Bekreftet {date} av {who}.</translation>
    </message>
    <message>
        <source>&amp;Save the rules</source>
        <translation>&amp;Lagre reglene</translation>
    </message>
    <message>
        <source>These are the defaults. The coordinator confirms them (or other numbers) before any case is listed as due.</source>
        <translation>Dette er standardverdiene. Koordinatoren bekrefter dem (eller andre tall) før noen sak vises som klar for sletting.</translation>
    </message>
    <message>
        <source>Confirm the rules first.</source>
        <translation>Bekreft reglene først.</translation>
    </message>
    <message>
        <source>No case is due for deletion.</source>
        <translation>Ingen saker skal slettes nå.</translation>
    </message>
    <message>
        <source>1 case is due.</source>
        <translation>1 sak skal slettes.</translation>
    </message>
    <message>
        <source>{n} cases are due.</source>
        <translation>{n} saker skal slettes.</translation>
    </message>
</context>
<context>
    <name>RotateKeyDialog</name>
    <message>
        <source>Change the vault key</source>
        <translation>Bytt hvelvnøkkel</translation>
    </message>
    <message>
        <source>Changing the vault key encrypts the whole vault, and the backups within reach, again with a new key. Do it when the passphrase, the recovery key or a copy of the vault folder may be known to someone else: afterwards no earlier copy of the key file opens the vault, whatever passphrase it was made with.</source>
        <translation>Å bytte hvelvnøkkel krypterer hele hvelvet, og sikkerhetskopiene som kan nås, på nytt med en ny nøkkel. Gjør det når passordfrasen, gjenopprettingsnøkkelen eller en kopi av hvelvmappen kan være kjent for andre: etterpå åpner ingen tidligere kopi av nøkkelfilen hvelvet, uansett hvilken passordfrase den ble laget med.</translation>
    </message>
    <message>
        <source>• You get a new recovery key to write down; the old one stops working.
• Your passphrase stays the same. If someone may know it, change it too (Tools → Change passphrase).
• In a large vault with many backups this takes some minutes; the register cannot be used meanwhile. Keep the computer switched on.</source>
        <translation>• Du får en ny gjenopprettingsnøkkel som du skriver ned; den gamle slutter å virke.
• Passordfrasen din er den samme. Hvis noen kan kjenne den, bytt den også (Verktøy → Bytt passordfrase).
• I et stort hvelv med mange sikkerhetskopier tar dette noen minutter; registeret kan ikke brukes imens. La datamaskinen stå på.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passordfrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passordfrase:</translation>
    </message>
    <message>
        <source>C&amp;hange the vault key…</source>
        <translation>B&amp;ytt hvelvnøkkelen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Key change</source>
        <translation>Nøkkelbytte</translation>
    </message>
    <message>
        <source>Encrypting again</source>
        <translation>Krypterer på nytt</translation>
    </message>
    <message>
        <source>Notes on the backups</source>
        <translation>Merknader om sikkerhetskopiene</translation>
    </message>
    <message>
        <source>Your new recovery key</source>
        <translation>Din nye gjenopprettingsnøkkel</translation>
    </message>
    <message>
        <source>Write it down or print it now and keep the sheet locked away – it is shown only this once. The old recovery key no longer opens the vault.</source>
        <translation>Skriv den ned eller skriv den ut nå, og oppbevar arket innelåst – den vises bare denne ene gangen. Den gamle gjenopprettingsnøkkelen åpner ikke hvelvet lenger.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Ferdig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <source>Change the vault key now? The vault and its backups are encrypted again and you get a new recovery key. This cannot be undone.</source>
        <translation>Bytte hvelvnøkkel nå? Hvelvet og sikkerhetskopiene krypteres på nytt, og du får en ny gjenopprettingsnøkkel. Dette kan ikke angres.</translation>
    </message>
    <message>
        <source>Change the key</source>
        <translation>Bytt nøkkelen</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Kontrollerer passordfrasen…</translation>
    </message>
    <message>
        <source>Encrypting the vault and its backups again with a new key… Keep the computer switched on. Write down the new recovery key meanwhile.</source>
        <translation>Krypterer hvelvet og sikkerhetskopiene på nytt med en ny nøkkel… La datamaskinen stå på. Skriv ned den nye gjenopprettingsnøkkelen imens.</translation>
    </message>
    <message>
        <source>The vault has a new key. No earlier copy of the key file and not the old recovery key opens it now; your passphrase is the same.</source>
        <translation>Hvelvet har fått en ny nøkkel. Verken tidligere kopier av nøkkelfilen eller den gamle gjenopprettingsnøkkelen åpner det nå; passordfrasen din er den samme.</translation>
    </message>
    <message>
        <source>The vault key was not changed; the vault is as it was.</source>
        <translation>Hvelvnøkkelen ble ikke byttet; hvelvet er som før.</translation>
    </message>
    <message>
        <source>The new recovery key below is valid: write it down.</source>
        <translation>Den nye gjenopprettingsnøkkelen nedenfor gjelder: skriv den ned.</translation>
    </message>
</context>
<context>
    <name>SectionBox</name>
    <message>
        <source>Fill in from the case again</source>
        <translation>Fyll ut fra saken igjen</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Innledning</translation>
    </message>
    <message>
        <source>{heading} (one line to sign per line)</source>
        <translation>{heading} (én linje å skrive under på per linje)</translation>
    </message>
    <message>
        <source>Each line becomes a line to sign on.</source>
        <translation>Hver linje blir en linje å skrive under på.</translation>
    </message>
    <message>
        <source>Edited by you – no longer follows the case.</source>
        <translation>Endret av deg – følger ikke lenger saken.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>A new language is used the next time you start.</source>
        <translation>Nytt språk brukes neste gang du starter programmet.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>Lås etter så mange minutter uten bruk</translation>
    </message>
    <message>
        <source>Lock &amp;after no use for:</source>
        <translation>Lås &amp;etter ubrukt i:</translation>
    </message>
    <message>
        <source>Start in &amp;discreet mode (hide client names)</source>
        <translation>Start i &amp;diskret modus (skjul klientnavn)</translation>
    </message>
    <message>
        <source>Start in discreet mode</source>
        <translation>Start i diskret modus</translation>
    </message>
    <message>
        <source>Hide counts below</source>
        <translation>Skjul tall under</translation>
    </message>
    <message>
        <source>&amp;Hide counts below:</source>
        <translation>&amp;Skjul tall under:</translation>
    </message>
    <message>
        <source>In statistics that leave the program (PDF, print, CSV, XLSX).</source>
        <translation>I statistikk som går ut av programmet (PDF, utskrift, CSV, XLSX).</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Hvelvmappe</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Velg…</translation>
    </message>
    <message>
        <source>Choose vault folder</source>
        <translation>Velg hvelvmappe</translation>
    </message>
    <message>
        <source>&amp;Vault folder:</source>
        <translation>&amp;Hvelvmappe:</translation>
    </message>
    <message>
        <source>A different vault folder is opened after the next lock.</source>
        <translation>En annen hvelvmappe åpnes etter neste låsing.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>StatTableModel</name>
    <message>
        <source>Total</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Ikke registrert</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>Save summary as PDF…</source>
        <translation>Lagre som PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksporter CSV…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>Eksporter XLSX…</translation>
    </message>
    <message>
        <source>Several offices…</source>
        <translation>Flere kontorer…</translation>
    </message>
    <message>
        <source>A merged summary with the offices&apos; count files</source>
        <translation>En samlet oversikt med kontorenes tallfiler</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabeller</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabell</translation>
    </message>
    <message>
        <source>No cases yet.</source>
        <translation>Ingen saker ennå.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Teller…</translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>1 sak</translation>
    </message>
    <message>
        <source>{n} cases</source>
        <translation>{n} saker</translation>
    </message>
    <message>
        <source>{cases}, {referred} sent to mediation</source>
        <translation>{cases}, {referred} sendt til megling</translation>
    </message>
    <message>
        <source>CSV with semicolons, for Norwegian spreadsheets (*.csv)</source>
        <translation>CSV med semikolon, for norske regneark (*.csv)</translation>
    </message>
    <message>
        <source>CSV with commas (*.csv)</source>
        <translation>CSV med komma (*.csv)</translation>
    </message>
    <message>
        <source>Save summary as PDF</source>
        <translation>Lagre sammendrag som PDF</translation>
    </message>
    <message>
        <source>dime-statistics-{year}.pdf</source>
        <translation>dime-statistikk-{year}.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Making the summary…</source>
        <translation>Lager sammendraget…</translation>
    </message>
    <message>
        <source>Excel files (*.xlsx)</source>
        <translation>Excel-filer (*.xlsx)</translation>
    </message>
    <message>
        <source>dime-statistics-{year}</source>
        <translation>dime-statistikk-{year}</translation>
    </message>
    <message>
        <source>Export tables</source>
        <translation>Eksporter tabeller</translation>
    </message>
    <message>
        <source>Print the summary</source>
        <translation>Skriv ut sammendraget</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistikk</translation>
    </message>
</context>
<context>
    <name>SubjectExportDialog</name>
    <message>
        <source>The person&apos;s own copy</source>
        <translation>Personens egen kopi (innsyn)</translation>
    </message>
    <message>
        <source>A copy of everything the vault holds about the client, as a PDF with a cover letter (GDPR article 15) and a JSON file. The request gets a follow-up due one month after it came.</source>
        <translation>En kopi av alt hvelvet har om klienten, som PDF med følgebrev (personvernforordningen artikkel 15) og som JSON-fil. Forespørselen får en oppfølging med frist én måned etter at den kom.</translation>
    </message>
    <message>
        <source>Cases of this client</source>
        <translation>Sakene til denne klienten</translation>
    </message>
    <message>
        <source>{reference} (opened {date})</source>
        <translation>{reference} (opprettet {date})</translation>
    </message>
    <message>
        <source>Include data about &amp;others (the other party, witnesses)</source>
        <translation>Ta med opplysninger om &amp;andre (motparten, vitner)</translation>
    </message>
    <message>
        <source>Include data about others</source>
        <translation>Ta med opplysninger om andre</translation>
    </message>
    <message>
        <source>Include the &amp;evidence files</source>
        <translation>Ta med &amp;bevisfilene</translation>
    </message>
    <message>
        <source>Include the evidence files</source>
        <translation>Ta med bevisfilene</translation>
    </message>
    <message>
        <source>Request received</source>
        <translation>Forespørsel mottatt</translation>
    </message>
    <message>
        <source>Language of the copy</source>
        <translation>Språk i kopien</translation>
    </message>
    <message>
        <source>Cases of this &amp;client:</source>
        <translation>Sakene til denne &amp;klienten:</translation>
    </message>
    <message>
        <source>1 other case has the same name or contact details: tick it to include it in the copy.</source>
        <translation>1 annen sak har samme navn eller kontaktopplysninger: kryss av for den for å ta den med i kopien.</translation>
    </message>
    <message>
        <source>{n} other cases have the same name or contact details: tick those to include in the copy.</source>
        <translation>{n} andre saker har samme navn eller kontaktopplysninger: kryss av for dem som skal med i kopien.</translation>
    </message>
    <message>
        <source>Request &amp;received:</source>
        <translation>Forespørsel &amp;mottatt:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>&amp;Make the copy…</source>
        <translation>&amp;Lag kopien…</translation>
    </message>
    <message>
        <source>Make the copy</source>
        <translation>Lag kopien</translation>
    </message>
    <message>
        <source>This is not a valid date.</source>
        <translation>Dette er ikke en gyldig dato.</translation>
    </message>
    <message>
        <source>Where should the copy go?</source>
        <translation>Hvor skal kopien lagres?</translation>
    </message>
    <message>
        <source>Making the copy…</source>
        <translation>Lager kopien…</translation>
    </message>
    <message>
        <source>The copy is in {folder}.

It has left the vault: keep it safe and give it only to the person. A follow-up reminds you to send it by {due}.</source>
        <translation>Kopien ligger i {folder}.

Den er utenfor hvelvet: oppbevar den trygt og gi den bare til personen. En oppfølging minner deg om å sende den innen {due}.</translation>
    </message>
</context>
<context>
    <name>TalkDialog</name>
    <message>
        <source>Preparatory talk</source>
        <translation>Forsamtale</translation>
    </message>
    <message>
        <source>Edit preparatory talk</source>
        <translation>Endre forsamtale</translation>
    </message>
    <message>
        <source>Date of the talk</source>
        <translation>Dato for samtalen</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>Talk with</source>
        <translation>Samtale med</translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation>&amp;Med:</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Hvem deltok</translation>
    </message>
    <message>
        <source>e.g. the client, her sister, the mediator</source>
        <translation>f.eks. klienten, søsteren hennes, megleren</translation>
    </message>
    <message>
        <source>Who took &amp;part:</source>
        <translation>Hvem &amp;deltok:</translation>
    </message>
    <message>
        <source>Notes of the talk</source>
        <translation>Notater fra samtalen</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notater:</translation>
    </message>
    <message>
        <source>Write a note of what was said.</source>
        <translation>Skriv et notat om hva som ble sagt.</translation>
    </message>
</context>
<context>
    <name>TermDialog</name>
    <message>
        <source>Term of the agreement</source>
        <translation>Punkt i avtalen</translation>
    </message>
    <message>
        <source>Kind of term</source>
        <translation>Type punkt</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Hvem gjør det</translation>
    </message>
    <message>
        <source>(choose who)</source>
        <translation>(velg hvem)</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Hvem:</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Hva som skal gjøres</translation>
    </message>
    <message>
        <source>W&amp;hat:</source>
        <translation>H&amp;va:</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Innen når</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Innen:</translation>
    </message>
    <message>
        <source>Choose who does it.</source>
        <translation>Velg hvem som gjør det.</translation>
    </message>
    <message>
        <source>Write what is to be done.</source>
        <translation>Skriv hva som skal gjøres.</translation>
    </message>
</context>
<context>
    <name>UnlockWidget</name>
    <message>
        <source>Your name</source>
        <extracomment>the window was closed while the vault was still closing (the app quits after)</extracomment>
        <translation>Ditt navn</translation>
    </message>
    <message>
        <source>For the access log</source>
        <translation>Til tilgangsloggen</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <source>DiMe Desktop is locked</source>
        <translation>DiMe Desktop er låst</translation>
    </message>
    <message>
        <source>Why the app locked</source>
        <translation>Hvorfor programmet ble låst</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Choose another &amp;folder…</source>
        <translation>Velg en annen &amp;mappe…</translation>
    </message>
    <message>
        <source>Choose another vault folder</source>
        <translation>Velg en annen hvelvmappe</translation>
    </message>
    <message>
        <source>Create a &amp;new vault…</source>
        <translation>Lag et &amp;nytt hvelv…</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>Lag et nytt hvelv</translation>
    </message>
    <message>
        <source>Open the &amp;backups folder</source>
        <translation>Åpne mappen med &amp;sikkerhetskopier</translation>
    </message>
    <message>
        <source>Open the backups folder</source>
        <translation>Åpne mappen med sikkerhetskopier</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sikkerhetskopi</translation>
    </message>
    <message>
        <source>Backup under way</source>
        <translation>Sikkerhetskopi pågår</translation>
    </message>
    <message>
        <source>A backup of the vault is being made. You can type your passphrase meanwhile; the vault opens when the backup is done.</source>
        <translation>En sikkerhetskopi av hvelvet lages. Du kan skrive passordfrasen imens; hvelvet åpnes når sikkerhetskopien er ferdig.</translation>
    </message>
    <message>
        <source>Closing the vault…</source>
        <translation>Lukker hvelvet…</translation>
    </message>
    <message>
        <source>The backup on lock failed; the earlier backups were kept.</source>
        <translation>Sikkerhetskopien ved låsing mislyktes; de tidligere sikkerhetskopiene er beholdt.</translation>
    </message>
    <message>
        <source>The backup is made and verified.</source>
        <translation>Sikkerhetskopien er laget og kontrollert.</translation>
    </message>
    <message>
        <source>DiMe Desktop closes as soon as the backup of the vault is done.</source>
        <translation>DiMe Desktop avsluttes så snart sikkerhetskopien av hvelvet er ferdig.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passordfrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passordfrase:</translation>
    </message>
    <message>
        <source>Re&amp;member on this device</source>
        <translation>&amp;Husk på denne enheten</translation>
    </message>
    <message>
        <source>Remember on this device</source>
        <translation>Husk på denne enheten</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the passphrase cannot be remembered here.</source>
        <translation>Denne datamaskinen har ingen nøkkelring, så passordfrasen kan ikke huskes her.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Lås opp</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås opp</translation>
    </message>
    <message>
        <source>Use &amp;recovery key</source>
        <translation>Bruk &amp;gjenopprettingsnøkkel</translation>
    </message>
    <message>
        <source>Use recovery key</source>
        <translation>Bruk gjenopprettingsnøkkel</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ditt &amp;navn:</translation>
    </message>
    <message>
        <source>Type the recovery key from the sheet you printed or wrote down when the vault was made. You will then choose a new passphrase.</source>
        <translation>Skriv inn gjenopprettingsnøkkelen fra arket du skrev ut eller skrev ned da hvelvet ble laget. Deretter velger du en ny passordfrase.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Gjenopprettingsnøkkel</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>Gjenopprettings&amp;nøkkel:</translation>
    </message>
    <message>
        <source>Unlock with the recovery key</source>
        <translation>Lås opp med gjenopprettingsnøkkelen</translation>
    </message>
    <message>
        <source>&amp;Back to the passphrase</source>
        <translation>&amp;Tilbake til passordfrasen</translation>
    </message>
    <message>
        <source>Back to the passphrase</source>
        <translation>Tilbake til passordfrasen</translation>
    </message>
    <message>
        <source>The vault is open with the recovery key. Choose a new passphrase now; the old one no longer works afterwards.</source>
        <translation>Hvelvet er åpnet med gjenopprettingsnøkkelen. Velg en ny passordfrase nå; den gamle virker ikke lenger etterpå.</translation>
    </message>
    <message>
        <source>&amp;Save the new passphrase</source>
        <translation>&amp;Lagre den nye passordfrasen</translation>
    </message>
    <message>
        <source>Save the new passphrase</source>
        <translation>Lagre den nye passordfrasen</translation>
    </message>
    <message>
        <source>Backup warning</source>
        <translation>Varsel om sikkerhetskopi</translation>
    </message>
    <message>
        <source>Vault: {path}</source>
        <translation>Hvelv: {path}</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Låser opp…</translation>
    </message>
    <message>
        <source>Unlocking with the recovery key…</source>
        <translation>Låser opp med gjenopprettingsnøkkelen…</translation>
    </message>
    <message>
        <source>Saving the new passphrase…</source>
        <translation>Lagrer den nye passordfrasen…</translation>
    </message>
    <message>
        <source>The vault opens as soon as the backup is done…</source>
        <translation>Hvelvet åpnes så snart sikkerhetskopien er ferdig…</translation>
    </message>
    <message>
        <source>Choose the vault folder</source>
        <translation>Velg hvelvmappen</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>Save them before closing?</source>
        <translation>Vil du lagre dem før du lukker?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Forkast endringene</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify the vault</source>
        <translation>Kontroller hvelvet</translation>
    </message>
    <message>
        <source>Checking every page of the vault…</source>
        <translation>Kontrollerer hver side i hvelvet…</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Resultatet av kontrollen</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Kontrollerer</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problemer som ble funnet</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>The vault is intact: the key file and every page of the database were read and checked.</source>
        <translation>Hvelvet er i orden: nøkkelfilen og hver side i databasen ble lest og kontrollert.</translation>
    </message>
    <message>
        <source>The check found 1 problem:</source>
        <translation>Kontrollen fant 1 problem:</translation>
    </message>
    <message>
        <source>The check found {n} problems:</source>
        <translation>Kontrollen fant {n} problemer:</translation>
    </message>
    <message>
        <source>Lock the app and restore the vault from a backup before you go on working.</source>
        <translation>Lås programmet og gjenopprett hvelvet fra en sikkerhetskopi før du arbeider videre.</translation>
    </message>
</context>
<context>
    <name>WitnessModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Contact (phone, e-mail)</source>
        <translation>Kontakt (telefon, e-post)</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>The client agrees that we keep this witness&apos;s contact details.</source>
        <translation>Klienten sier ja til at vi tar vare på vitnets kontaktopplysninger.</translation>
    </message>
</context>
<context>
    <name>WitnessTable</name>
    <message>
        <source>Witnesses</source>
        <translation>Vitner</translation>
    </message>
    <message>
        <source>Add &amp;witness</source>
        <translation>Legg til vitne</translation>
    </message>
    <message>
        <source>Add witness</source>
        <translation>Legg til vitne</translation>
    </message>
    <message>
        <source>Remove witness</source>
        <translation>Fjern vitne</translation>
    </message>
</context>
<context>
    <name>_Dialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>A date cannot be read: write it like {example}.</source>
        <translation>En dato kan ikke leses: skriv den slik: {example}.</translation>
    </message>
</context>
</TS>
