<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>AccessLog</name>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Marked as sent</source>
        <translation>Marked as sent</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Own copy for the person</source>
        <translation>Own copy for the person</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Consent withdrawn</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Unlocked</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Failed unlock</source>
        <translation>Failed unlock</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Passphrase or key changed</source>
        <translation>Passphrase or key changed</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Case opened</translation>
    </message>
    <message>
        <source>Case created</source>
        <translation>Case created</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>Restored from a backup</translation>
    </message>
    <message>
        <source>Earlier register imported</source>
        <translation>Earlier register imported</translation>
    </message>
    <message>
        <source>Retention rules</source>
        <translation>Retention rules</translation>
    </message>
    <message>
        <source>Old log entries removed</source>
        <translation>Old log entries removed</translation>
    </message>
    <message>
        <source>consent: {purpose}</source>
        <translation>consent: {purpose}</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>reference</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>opened</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>channel</translation>
    </message>
    <message>
        <source>area</source>
        <translation>area</translation>
    </message>
    <message>
        <source>track</source>
        <translation>track</translation>
    </message>
    <message>
        <source>counterpart type</source>
        <translation>counterpart type</translation>
    </message>
    <message>
        <source>counterpart name</source>
        <translation>counterpart name</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>summary</translation>
    </message>
    <message>
        <source>grounds</source>
        <translation>grounds</translation>
    </message>
    <message>
        <source>incident types</source>
        <translation>incident types</translation>
    </message>
    <message>
        <source>journal</source>
        <translation>journal</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>follow-up</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>timeline</translation>
    </message>
    <message>
        <source>mediation</source>
        <translation>mediation</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>client&apos;s name</source>
        <translation>client&apos;s name</translation>
    </message>
    <message>
        <source>client&apos;s contact</source>
        <translation>client&apos;s contact</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>interpreter</translation>
    </message>
    <message>
        <source>client notes</source>
        <translation>client notes</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>evidence</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <source>sorting conversation</source>
        <translation>sorting conversation</translation>
    </message>
    <message>
        <source>complaint to the tribunal</source>
        <translation>complaint to the tribunal</translation>
    </message>
    <message>
        <source>police report</source>
        <translation>police report</translation>
    </message>
    <message>
        <source>letter to the other party</source>
        <translation>letter to the other party</translation>
    </message>
    <message>
        <source>authorisation</source>
        <translation>authorisation</translation>
    </message>
    <message>
        <source>referral letter</source>
        <translation>referral letter</translation>
    </message>
    <message>
        <source>mediation agreement</source>
        <translation>mediation agreement</translation>
    </message>
    <message>
        <source>with the passphrase</source>
        <translation>with the passphrase</translation>
    </message>
    <message>
        <source>with the recovery key</source>
        <translation>with the recovery key</translation>
    </message>
    <message>
        <source>from this device&apos;s keychain</source>
        <translation>from this device&apos;s keychain</translation>
    </message>
    <message>
        <source>with the vault key</source>
        <translation>with the vault key</translation>
    </message>
    <message>
        <source>vault created</source>
        <translation>vault created</translation>
    </message>
    <message>
        <source>new key</source>
        <translation>new key</translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>anonymised</translation>
    </message>
    <message>
        <source>completely</source>
        <translation>completely</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>on request</source>
        <translation>on request</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>daily</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <source>into a new folder</source>
        <translation>into a new folder</translation>
    </message>
    <message>
        <source>over this vault</source>
        <translation>over this vault</translation>
    </message>
    <message>
        <source>evidence added</source>
        <translation>evidence added</translation>
    </message>
    <message>
        <source>evidence changed</source>
        <translation>evidence changed</translation>
    </message>
    <message>
        <source>evidence moved</source>
        <translation>evidence moved</translation>
    </message>
    <message>
        <source>evidence removed</source>
        <translation>evidence removed</translation>
    </message>
    <message>
        <source>evidence package</source>
        <translation>evidence package</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>checklist</translation>
    </message>
    <message>
        <source>take-away sheet</source>
        <translation>take-away sheet</translation>
    </message>
    <message>
        <source>mediation case</source>
        <translation>mediation case</translation>
    </message>
    <message>
        <source>PDF, anonymised copy</source>
        <translation>PDF, anonymised copy</translation>
    </message>
    <message>
        <source>DOCX, anonymised copy</source>
        <translation>DOCX, anonymised copy</translation>
    </message>
    <message>
        <source>whole case</source>
        <translation>whole case</translation>
    </message>
    <message>
        <source>{n} cases</source>
        <translation>{n} cases</translation>
    </message>
    <message>
        <source>request received {date}</source>
        <translation>request received {date}</translation>
    </message>
    <message>
        <source>{n} removed</source>
        <translation>{n} removed</translation>
    </message>
    <message>
        <source>rules confirmed</source>
        <translation>rules confirmed</translation>
    </message>
    <message>
        <source>rules changed</source>
        <translation>rules changed</translation>
    </message>
    <message>
        <source>advice {advice} y, mediation {mediation} y, log {log} y</source>
        <translation>advice {advice} y, mediation {mediation} y, log {log} y</translation>
    </message>
    <message>
        <source>{content}, bundle no. {n}</source>
        <translation>{content}, bundle no. {n}</translation>
    </message>
    <message>
        <source>{document}: draft started</source>
        <translation>{document}: draft started</translation>
    </message>
    <message>
        <source>{document}: new version</source>
        <translation>{document}: new version</translation>
    </message>
    <message>
        <source>{document}: draft removed</source>
        <translation>{document}: draft removed</translation>
    </message>
    <message>
        <source>{document}, {format}, anonymised copy</source>
        <translation>{document}, {format}, anonymised copy</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
</context>
<context>
    <name>AccessLogView</name>
    <message>
        <source>Access log</source>
        <translation>Access log</translation>
    </message>
    <message>
        <source>Who opened, changed, printed or exported which case, and when; never what was written. Each entry holds the fingerprint of the one before, so a removed or changed entry shows.</source>
        <translation>Who opened, changed, printed or exported which case, and when; never what was written. Each entry holds the fingerprint of the one before, so a removed or changed entry shows.</translation>
    </message>
    <message>
        <source>State of the access log</source>
        <translation>State of the access log</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Case reference</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>The vault (unlock, lock, backup…)</source>
        <translation>The vault (unlock, lock, backup…)</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>Show the entries</source>
        <translation>Show the entries</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>F&amp;rom:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>C&amp;ase:</source>
        <translation>C&amp;ase:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Access log entries</source>
        <translation>Access log entries</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>Show &amp;more</translation>
    </message>
    <message>
        <source>&amp;Check the log</source>
        <translation>&amp;Check the log</translation>
    </message>
    <message>
        <source>Check the log</source>
        <translation>Check the log</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>&amp;Export as CSV…</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Export as CSV</translation>
    </message>
    <message>
        <source>This is not a valid date.</source>
        <translation>This is not a valid date.</translation>
    </message>
    <message>
        <source>{shown} of {total} entries</source>
        <translation>{shown} of {total} entries</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 entry</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>{n} entries</translation>
    </message>
    <message>
        <source>The log is being checked…</source>
        <translation>The log is being checked…</translation>
    </message>
    <message>
        <source>✓ The log is intact: no entry was removed or changed.</source>
        <translation>✓ The log is intact: no entry was removed or changed.</translation>
    </message>
    <message>
        <source>⚠ The log is broken at entry {n}: an entry was removed or changed after it was written.</source>
        <translation>⚠ The log is broken at entry {n}: an entry was removed or changed after it was written.</translation>
    </message>
    <message>
        <source>⚠ The log is broken: {problem}</source>
        <translation>⚠ The log is broken: {problem}</translation>
    </message>
    <message>
        <source>access-log</source>
        <translation>access-log</translation>
    </message>
    <message>
        <source>Export the access log</source>
        <translation>Export the access log</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>{n} entries written to {path}.</source>
        <translation>{n} entries written to {path}.</translation>
    </message>
    <message>
        <source>Writing the CSV file…</source>
        <translation>Writing the CSV file…</translation>
    </message>
</context>
<context>
    <name>AccessPanel</name>
    <message>
        <source>Every opening, change, print and export of this case, with who did it. The log never holds what was written.</source>
        <translation>Every opening, change, print and export of this case, with who did it. The log never holds what was written.</translation>
    </message>
    <message>
        <source>Who saw this case</source>
        <translation>Who saw this case</translation>
    </message>
    <message>
        <source>The person&apos;s own &amp;copy…</source>
        <translation>The person&apos;s own &amp;copy…</translation>
    </message>
    <message>
        <source>The person&apos;s own copy</source>
        <translation>The person&apos;s own copy</translation>
    </message>
    <message>
        <source>Everything the vault holds about the client (GDPR art. 15)</source>
        <translation>Everything the vault holds about the client (GDPR art. 15)</translation>
    </message>
    <message>
        <source>&amp;Delete the case…</source>
        <translation>&amp;Delete the case…</translation>
    </message>
    <message>
        <source>Delete the case</source>
        <translation>Delete the case</translation>
    </message>
    <message>
        <source>Saved cases have a log.</source>
        <translation>Saved cases have a log.</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 entry</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>{n} entries</translation>
    </message>
    <message>
        <source>&amp;Who saw this case</source>
        <translation>&amp;Who saw this case</translation>
    </message>
</context>
<context>
    <name>AddContactDialog</name>
    <message>
        <source>Add a colleague</source>
        <translation>Add a colleague</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the colleague, in person or on the phone. Trust the key only when every character is the same.</source>
        <translation>Compare this fingerprint with the colleague, in person or on the phone. Trust the key only when every character is the same.</translation>
    </message>
    <message>
        <source>Their fingerprint</source>
        <translation>Their fingerprint</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>I have compared the fingerprint with the colleague</source>
        <translation>I have compared the fingerprint with the colleague</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Trust</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Locked after 1 minute without use.</source>
        <translation>Locked after 1 minute without use.</translation>
    </message>
    <message>
        <source>Locked after {n} minutes without use.</source>
        <translation>Locked after {n} minutes without use.</translation>
    </message>
    <message>
        <source>Locked because the computer went to sleep.</source>
        <translation>Locked because the computer went to sleep.</translation>
    </message>
    <message>
        <source>Locked because the session was locked.</source>
        <translation>Locked because the session was locked.</translation>
    </message>
    <message>
        <source>Locked by you.</source>
        <translation>Locked by you.</translation>
    </message>
    <message>
        <source>The app locked while a new recovery key was on screen, before it was marked as written down. The old recovery key no longer works: make a new one now (Tools → New recovery key) and write it down.</source>
        <translation>The app locked while a new recovery key was on screen, before it was marked as written down. The old recovery key no longer works: make a new one now (Tools → New recovery key) and write it down.</translation>
    </message>
    <message>
        <source>Open Backups and choose Back up now to make one.</source>
        <translation>Open Backups and choose Back up now to make one.</translation>
    </message>
    <message>
        <source>The last automatic backup failed; the earlier backups were kept.</source>
        <translation>The last automatic backup failed; the earlier backups were kept.</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>A backup of the vault is being made; DiMe Desktop closes when it is done.</source>
        <translation>A backup of the vault is being made; DiMe Desktop closes when it is done.</translation>
    </message>
    <message>
        <source>Closing the vault…</source>
        <translation>Closing the vault…</translation>
    </message>
    <message>
        <source>Backup under way</source>
        <translation>Backup under way</translation>
    </message>
    <message>
        <source>Demo – synthetic data</source>
        <translation>Demo – synthetic data</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Demo passphrase: {passphrase}</source>
        <translation>Demo passphrase: {passphrase}</translation>
    </message>
</context>
<context>
    <name>BackupKeyDialog</name>
    <message>
        <source>Open the backup</source>
        <extracomment>(passphrase, recovery_key) -&gt; a RestorePlan; one of the two is None.</extracomment>
        <translation>Open the backup</translation>
    </message>
    <message>
        <source>The backup of {made} was made with an earlier key of the vault, so today&apos;s key does not open it. Type the passphrase the vault had when the backup was made, or the recovery key of that time.</source>
        <translation>The backup of {made} was made with an earlier key of the vault, so today&apos;s key does not open it. Type the passphrase the vault had when the backup was made, or the recovery key of that time.</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Passphrase of the backup</translation>
    </message>
    <message>
        <source>Recovery key of the backup</source>
        <translation>Recovery key of the backup</translation>
    </message>
    <message>
        <source>&amp;Passphrase of the backup:</source>
        <translation>&amp;Passphrase of the backup:</translation>
    </message>
    <message>
        <source>or its &amp;recovery key:</source>
        <translation>or its &amp;recovery key:</translation>
    </message>
    <message>
        <source>&amp;Open the backup</source>
        <translation>&amp;Open the backup</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Checking the backup…</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Last verified backup: none yet</source>
        <translation>Last verified backup: none yet</translation>
    </message>
    <message>
        <source>Last verified backup: today</source>
        <translation>Last verified backup: today</translation>
    </message>
    <message>
        <source>Last verified backup: 1 day ago</source>
        <translation>Last verified backup: 1 day ago</translation>
    </message>
    <message>
        <source>Last verified backup: {days} days ago</source>
        <translation>Last verified backup: {days} days ago</translation>
    </message>
    <message>
        <source>This vault has no verified backup yet. After unlocking, open Backups and choose Back up now.</source>
        <translation>This vault has no verified backup yet. After unlocking, open Backups and choose Back up now.</translation>
    </message>
    <message>
        <source>The last verified backup is {days} days old (the limit is {limit}). After unlocking, open Backups and choose Back up now.</source>
        <translation>The last verified backup is {days} days old (the limit is {limit}). After unlocking, open Backups and choose Back up now.</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>made with an earlier key</source>
        <translation>made with an earlier key</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>damaged</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>not verified</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>before an update</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>by hand</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>daily</translation>
    </message>
    <message>
        <source>on lock or quit</source>
        <translation>on lock or quit</translation>
    </message>
    <message>
        <source>{cases} cases, {journal} journal entries, {outreach} outreach activities</source>
        <translation>{cases} cases, {journal} journal entries, {outreach} outreach activities</translation>
    </message>
</context>
<context>
    <name>BackupsView</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Last verified backup</source>
        <translation>Last verified backup</translation>
    </message>
    <message>
        <source>Last backup failed</source>
        <translation>Last backup failed</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Restore into a &amp;new folder…</source>
        <translation>Restore into a &amp;new folder…</translation>
    </message>
    <message>
        <source>Restore into a new folder</source>
        <translation>Restore into a new folder</translation>
    </message>
    <message>
        <source>Restore &amp;over this vault…</source>
        <translation>Restore &amp;over this vault…</translation>
    </message>
    <message>
        <source>Restore over this vault</source>
        <translation>Restore over this vault</translation>
    </message>
    <message>
        <source>Where and how many</source>
        <translation>Where and how many</translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation>Second backup folder</translation>
    </message>
    <message>
        <source>Choose a &amp;second folder…</source>
        <translation>Choose a &amp;second folder…</translation>
    </message>
    <message>
        <source>Choose a second backup folder</source>
        <translation>Choose a second backup folder</translation>
    </message>
    <message>
        <source>Stop using it</source>
        <translation>Stop using it</translation>
    </message>
    <message>
        <source>Stop using the second folder</source>
        <translation>Stop using the second folder</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Daily backups kept</translation>
    </message>
    <message>
        <source>Weekly backups kept</source>
        <translation>Weekly backups kept</translation>
    </message>
    <message>
        <source>Monthly backups kept</source>
        <translation>Monthly backups kept</translation>
    </message>
    <message>
        <source>Warn after days without a backup</source>
        <translation>Warn after days without a backup</translation>
    </message>
    <message>
        <source>&amp;Daily backups kept:</source>
        <translation>&amp;Daily backups kept:</translation>
    </message>
    <message>
        <source>&amp;Weekly backups kept:</source>
        <translation>&amp;Weekly backups kept:</translation>
    </message>
    <message>
        <source>&amp;Monthly backups kept:</source>
        <translation>&amp;Monthly backups kept:</translation>
    </message>
    <message>
        <source>Warn on the unlock screen &amp;after (days):</source>
        <translation>Warn on the unlock screen &amp;after (days):</translation>
    </message>
    <message>
        <source>vault folder</source>
        <translation>vault folder</translation>
    </message>
    <message>
        <source>The last backup failed; the earlier ones were kept.</source>
        <translation>The last backup failed; the earlier ones were kept.</translation>
    </message>
    <message>
        <source>Second folder: {folder}</source>
        <translation>Second folder: {folder}</translation>
    </message>
    <message>
        <source>Second folder: none (backups are kept in the vault folder only)</source>
        <translation>Second folder: none (backups are kept in the vault folder only)</translation>
    </message>
    <message>
        <source>Asks for the passphrase or recovery key of its time</source>
        <translation>Asks for the passphrase or recovery key of its time</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Making a backup…</translation>
    </message>
    <message>
        <source>Choose the second backup folder</source>
        <translation>Choose the second backup folder</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choose an empty folder (or where a new one may be made)</source>
        <translation>Choose an empty folder (or where a new one may be made)</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <source>The backup of {made} holds {counts}.

Restore it into the new folder {folder}? This vault is not changed.</source>
        <translation>The backup of {made} holds {counts}.

Restore it into the new folder {folder}? This vault is not changed.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restore the backup</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>The backup was restored into {folder} and passed its check. Open it from the unlock screen (Choose another folder) with the backup&apos;s passphrase or recovery key, the ones you just typed.</source>
        <translation>The backup was restored into {folder} and passed its check. Open it from the unlock screen (Choose another folder) with the backup&apos;s passphrase or recovery key, the ones you just typed.</translation>
    </message>
    <message>
        <source>The backup was restored into {folder} and passed its check. Open it from the unlock screen (Choose another folder) with the passphrase.</source>
        <translation>The backup was restored into {folder} and passed its check. Open it from the unlock screen (Choose another folder) with the passphrase.</translation>
    </message>
    <message>
        <source>The backup of {made} holds {counts}.
The vault holds {current} now.

Replace the vault&apos;s contents with the backup? A backup of the current state is made first, and the vault is locked afterwards.</source>
        <translation>The backup of {made} holds {counts}.
The vault holds {current} now.

Replace the vault&apos;s contents with the backup? A backup of the current state is made first, and the vault is locked afterwards.</translation>
    </message>
    <message>
        <source>The backup keeps the keys of its time: afterwards the vault opens with the backup&apos;s passphrase or recovery key, not with today&apos;s.</source>
        <translation>The backup keeps the keys of its time: afterwards the vault opens with the backup&apos;s passphrase or recovery key, not with today&apos;s.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Bar chart</source>
        <translation>Bar chart</translation>
    </message>
</context>
<context>
    <name>BundleCasesModel</name>
    <message>
        <source>Case</source>
        <extracomment>the reference of the row&apos;s case (both import models)</extracomment>
        <translation>Case</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Here</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>Hidden in discreet mode.</source>
        <translation>Hidden in discreet mode.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Sections of the case</source>
        <translation>Sections of the case</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <source>Given when first saved</source>
        <translation>Given when first saved</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Reference:</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>&amp;Opened:</source>
        <translation>&amp;Opened:</translation>
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
        <translation>Closed</translation>
    </message>
    <message>
        <source>Clos&amp;ed:</source>
        <translation>Clos&amp;ed:</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <source>(choose an area)</source>
        <translation>(choose an area)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Track</translation>
    </message>
    <message>
        <source>T&amp;rack:</source>
        <translation>T&amp;rack:</translation>
    </message>
    <message>
        <source>Counterpart type</source>
        <translation>Counterpart type</translation>
    </message>
    <message>
        <source>Counter&amp;part:</source>
        <translation>Counter&amp;part:</translation>
    </message>
    <message>
        <source>Counterpart name</source>
        <translation>Counterpart name</translation>
    </message>
    <message>
        <source>Counterpart &amp;name:</source>
        <translation>Counterpart &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Grounds and incident</source>
        <translation>&amp;Grounds and incident</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Grounds</translation>
    </message>
    <message>
        <source>Several grounds can act together – ask about combinations.</source>
        <translation>Several grounds can act together – ask about combinations.</translation>
    </message>
    <message>
        <source>Gro&amp;unds:</source>
        <translation>Gro&amp;unds:</translation>
    </message>
    <message>
        <source>&amp;Incident types:</source>
        <translation>&amp;Incident types:</translation>
    </message>
    <message>
        <source>&amp;Summary and journal</source>
        <translation>&amp;Summary and journal</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>Su&amp;mmary:</translation>
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
        <translation>&amp;Follow-up and timeline</translation>
    </message>
    <message>
        <source>Follow-up dates</source>
        <translation>Follow-up dates</translation>
    </message>
    <message>
        <source>Follo&amp;w-up:</source>
        <translation>Follo&amp;w-up:</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Time&amp;line:</source>
        <translation>Time&amp;line:</translation>
    </message>
    <message>
        <source>Me&amp;diation</source>
        <translation>Me&amp;diation</translation>
    </message>
    <message>
        <source>&amp;Referred to the mediation desk</source>
        <translation>&amp;Referred to the mediation desk</translation>
    </message>
    <message>
        <source>Referred to mediation</source>
        <translation>Referred to mediation</translation>
    </message>
    <message>
        <source>Mediation:</source>
        <translation>Mediation:</translation>
    </message>
    <message>
        <source>Mediation area</source>
        <translation>Mediation area</translation>
    </message>
    <message>
        <source>Mediation &amp;area:</source>
        <translation>Mediation &amp;area:</translation>
    </message>
    <message>
        <source>Mediation outcome</source>
        <translation>Mediation outcome</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>Cl&amp;ient</source>
        <translation>Cl&amp;ient</translation>
    </message>
    <message>
        <source>A&amp;nonymous contact</source>
        <translation>A&amp;nonymous contact</translation>
    </message>
    <message>
        <source>Anonymous contact</source>
        <translation>Anonymous contact</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Client:</translation>
    </message>
    <message>
        <source>Store a name or contact details only when the client agrees, and only what the case needs.</source>
        <translation>Store a name or contact details only when the client agrees, and only what the case needs.</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Client name</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Client contact</source>
        <translation>Client contact</translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation>Con&amp;tact:</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Preferred language</translation>
    </message>
    <message>
        <source>Preferred &amp;language:</source>
        <translation>Preferred &amp;language:</translation>
    </message>
    <message>
        <source>Needs an &amp;interpreter</source>
        <translation>Needs an &amp;interpreter</translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation>Needs an interpreter</translation>
    </message>
    <message>
        <source>Agrees that we &amp;store this</source>
        <translation>Agrees that we &amp;store this</translation>
    </message>
    <message>
        <source>Consent to store</source>
        <translation>Consent to store</translation>
    </message>
    <message>
        <source>Client notes</source>
        <translation>Client notes</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>Not&amp;es:</translation>
    </message>
    <message>
        <source>C&amp;onsents:</source>
        <translation>C&amp;onsents:</translation>
    </message>
    <message>
        <source>In&amp;take</source>
        <translation>In&amp;take</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save case</source>
        <translation>Save case</translation>
    </message>
    <message>
        <source>Save case (Ctrl+S)</source>
        <translation>Save case (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Close case</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Discreet mode: the client&apos;s name, contact details and notes, the summary and the journal are hidden.</source>
        <translation>Discreet mode: the client&apos;s name, contact details and notes, the summary and the journal are hidden.</translation>
    </message>
    <message>
        <source>Show this case</source>
        <translation>Show this case</translation>
    </message>
    <message>
        <source>Discreet mode is on, but this case is shown in clear.</source>
        <translation>Discreet mode is on, but this case is shown in clear.</translation>
    </message>
    <message>
        <source>Hide again</source>
        <translation>Hide again</translation>
    </message>
    <message>
        <source>Case {reference}</source>
        <translation>Case {reference}</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>A closed case needs the date it was closed.</source>
        <translation>A closed case needs the date it was closed.</translation>
    </message>
    <message>
        <source>A journal entry is empty.</source>
        <translation>A journal entry is empty.</translation>
    </message>
    <message>
        <source>This must be filled in.</source>
        <translation>This must be filled in.</translation>
    </message>
    <message>
        <source>Unknown value “{value}”.</source>
        <translation>Unknown value “{value}”.</translation>
    </message>
    <message>
        <source>The same value is chosen twice.</source>
        <translation>The same value is chosen twice.</translation>
    </message>
    <message>
        <source>The case cannot be closed before it was opened.</source>
        <translation>The case cannot be closed before it was opened.</translation>
    </message>
    <message>
        <source>Fill in mediation only when the case is referred to mediation.</source>
        <translation>Fill in mediation only when the case is referred to mediation.</translation>
    </message>
    <message>
        <source>This reference has the wrong form (e.g. DH-2019-001).</source>
        <translation>This reference has the wrong form (e.g. DH-2019-001).</translation>
    </message>
    <message>
        <source>This is not a valid date.</source>
        <translation>This is not a valid date.</translation>
    </message>
    <message>
        <source>Without the client&apos;s consent, a name, contact details or notes cannot be stored: tick “Agrees that we store this”, or empty those fields.</source>
        <translation>Without the client&apos;s consent, a name, contact details or notes cannot be stored: tick “Agrees that we store this”, or empty those fields.</translation>
    </message>
    <message>
        <source>This value cannot be used.</source>
        <translation>This value cannot be used.</translation>
    </message>
    <message>
        <source>The case was not saved. See the marked fields.</source>
        <translation>The case was not saved. See the marked fields.</translation>
    </message>
    <message>
        <source>This case has changes that are not saved.</source>
        <translation>This case has changes that are not saved.</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Grounds</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Mediation desk</source>
        <translation>Mediation desk</translation>
    </message>
    <message>
        <source>Advice desk</source>
        <translation>Advice desk</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation>(anonymous)</translation>
    </message>
    <message>
        <source>{mark} {date} overdue</source>
        <translation>{mark} {date} overdue</translation>
    </message>
    <message>
        <source>The follow-up of {reference} is overdue</source>
        <translation>The follow-up of {reference} is overdue</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <extracomment>Vault folders whose new recovery key was on screen, not yet marked written down, when a lock closed its dialog: the old key no longer works and the new one was never seen. Said after the next unlock (``unseen_recovery_key``).</extracomment>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>Type the passphrase you use now, then the new one twice. The recovery key stays the same.</source>
        <translation>Type the passphrase you use now, then the new one twice. The recovery key stays the same.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Current passphrase:</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>C&amp;hange passphrase</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Changing the passphrase…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The passphrase is changed. Use the new one from now on.</source>
        <translation>The passphrase is changed. Use the new one from now on.</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Close the mediation case</source>
        <translation>Close the mediation case</translation>
    </message>
    <message>
        <source>Why it is closed</source>
        <translation>Why it is closed</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Why:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>Note on the closing</source>
        <translation>Note on the closing</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Choose why the case is closed.</source>
        <translation>Choose why the case is closed.</translation>
    </message>
    <message>
        <source>Choose the outcome.</source>
        <translation>Choose the outcome.</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Withdraw consent</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <source>Register consent</source>
        <translation>Register consent</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Purpose:</translation>
    </message>
    <message>
        <source>Date of the consent</source>
        <translation>Date of the consent</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>How the consent was given</source>
        <translation>How the consent was given</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;How:</translation>
    </message>
    <message>
        <source>Note on the consent</source>
        <translation>Note on the consent</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>A follow-up on the case says what to do now.</source>
        <translation>A follow-up on the case says what to do now.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>This is not a valid date.</source>
        <translation>This is not a valid date.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>The date cannot be in the future.</translation>
    </message>
</context>
<context>
    <name>ConsentEditor</name>
    <message>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>{name}: given</source>
        <translation>{name}: given</translation>
    </message>
    <message>
        <source>{name}: date</source>
        <translation>{name}: date</translation>
    </message>
    <message>
        <source>{name}: how</source>
        <translation>{name}: how</translation>
    </message>
    <message>
        <source>(how?)</source>
        <translation>(how?)</translation>
    </message>
    <message>
        <source>{name}: note</source>
        <translation>{name}: note</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>{name}: withdrawn</source>
        <translation>{name}: withdrawn</translation>
    </message>
    <message>
        <source>{name}: withdrawn on</source>
        <translation>{name}: withdrawn on</translation>
    </message>
    <message>
        <source>{name}: why withdrawn</source>
        <translation>{name}: why withdrawn</translation>
    </message>
    <message>
        <source>Note on the withdrawal</source>
        <translation>Note on the withdrawal</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Register consent…</source>
        <translation>Register consent…</translation>
    </message>
    <message>
        <source>Register consent</source>
        <translation>Register consent</translation>
    </message>
    <message>
        <source>Withdraw consent…</source>
        <translation>Withdraw consent…</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Withdraw consent</translation>
    </message>
</context>
<context>
    <name>ConsentModel</name>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Client&apos;s consent</source>
        <translation>Client&apos;s consent</translation>
    </message>
</context>
<context>
    <name>ConsentTableModel</name>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Name</source>
        <extracomment>the contact&apos;s id (``ContactsModel``)</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>yyyy-mm-dd</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Choose the date in a calendar (Alt+Down)</source>
        <translation>Choose the date in a calendar (Alt+Down)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Clear date</source>
        <translation>Clear date</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>{field}: calendar</source>
        <translation>{field}: calendar</translation>
    </message>
    <message>
        <source>{field}: clear</source>
        <translation>{field}: clear</translation>
    </message>
</context>
<context>
    <name>DatedEntriesModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>DatedEntryDialog</name>
    <message>
        <source>Dated entry</source>
        <translation>Dated entry</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>D&amp;one</source>
        <translation>D&amp;one</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>This is not a valid date.</source>
        <translation>This is not a valid date.</translation>
    </message>
    <message>
        <source>Write the date.</source>
        <translation>Write the date.</translation>
    </message>
    <message>
        <source>Write something in the entry.</source>
        <translation>Write something in the entry.</translation>
    </message>
</context>
<context>
    <name>DatedListEditor</name>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Add entry to {list}</source>
        <translation>Add entry to {list}</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Edit entry in {list}</source>
        <translation>Edit entry in {list}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove entry from {list}</source>
        <translation>Remove entry from {list}</translation>
    </message>
    <message>
        <source>Remove this journal entry?</source>
        <translation>Remove this journal entry?</translation>
    </message>
    <message>
        <source>Remove this event from the timeline?</source>
        <translation>Remove this event from the timeline?</translation>
    </message>
    <message>
        <source>Remove this follow-up?</source>
        <translation>Remove this follow-up?</translation>
    </message>
</context>
<context>
    <name>DeleteCaseDialog</name>
    <message>
        <source>Delete cases</source>
        <translation>Delete cases</translation>
    </message>
    <message>
        <source>Delete the case</source>
        <translation>Delete the case</translation>
    </message>
    <message>
        <source>Delete {references}?</source>
        <translation>Delete {references}?</translation>
    </message>
    <message>
        <source>&amp;Anonymise: remove names, contact details, texts, evidence and documents; keep what the statistics count</source>
        <translation>&amp;Anonymise: remove names, contact details, texts, evidence and documents; keep what the statistics count</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <source>Delete &amp;completely: nothing is kept, and the statistics of {years} change</source>
        <translation>Delete &amp;completely: nothing is kept, and the statistics of {years} change</translation>
    </message>
    <message>
        <source>Delete completely</source>
        <translation>Delete completely</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>The person asked for it (GDPR article 17)</source>
        <translation>The person asked for it (GDPR article 17)</translation>
    </message>
    <message>
        <source>The retention period is over</source>
        <translation>The retention period is over</translation>
    </message>
    <message>
        <source>This cannot be undone. The case is removed from the vault and from every backup within reach; a backup restored later does not bring it back.</source>
        <translation>This cannot be undone. The case is removed from the vault and from every backup within reach; a backup restored later does not bring it back.</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Why:</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Deleting and cleaning the backups…</source>
        <translation>Deleting and cleaning the backups…</translation>
    </message>
    <message>
        <source>1 case deleted.</source>
        <translation>1 case deleted.</translation>
    </message>
    <message>
        <source>{n} cases deleted.</source>
        <translation>{n} cases deleted.</translation>
    </message>
    <message>
        <source>1 backup cleaned.</source>
        <translation>1 backup cleaned.</translation>
    </message>
    <message>
        <source>{n} backups cleaned.</source>
        <translation>{n} backups cleaned.</translation>
    </message>
    <message>
        <source>Backups that could not be cleaned (damaged, or made with an earlier key): {n}. Delete them: they may still hold the deleted cases.</source>
        <translation>Backups that could not be cleaned (damaged, or made with an earlier key): {n}. Delete them: they may still hold the deleted cases.</translation>
    </message>
    <message>
        <source>The backups in {folder} could not be reached (a memory stick not plugged in?), so the deleted cases are still in them. Plug it in and delete again, or delete those backups; a restore of one of them deletes the cases again first.</source>
        <translation>The backups in {folder} could not be reached (a memory stick not plugged in?), so the deleted cases are still in them. Plug it in and delete again, or delete those backups; a restore of one of them deletes the cases again first.</translation>
    </message>
</context>
<context>
    <name>DifferencesModel</name>
    <message>
        <source>Take the bundle&apos;s value</source>
        <translation>Take the bundle&apos;s value</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>This vault</translation>
    </message>
    <message>
        <source>The bundle</source>
        <translation>The bundle</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>Norwegian (bokmål)</source>
        <translation>Norwegian (bokmål)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Language of the document</translation>
    </message>
    <message>
        <source>&amp;Language of the document:</source>
        <translation>&amp;Language of the document:</translation>
    </message>
    <message>
        <source>Warnings and notes</source>
        <translation>Warnings and notes</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Sections of the document</source>
        <translation>Sections of the document</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Choices</translation>
    </message>
    <message>
        <source>Missing facts</source>
        <translation>Missing facts</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Choices, missing facts and versions</source>
        <translation>Choices, missing facts and versions</translation>
    </message>
    <message>
        <source>&amp;Save version</source>
        <translation>&amp;Save version</translation>
    </message>
    <message>
        <source>Save version</source>
        <translation>Save version</translation>
    </message>
    <message>
        <source>Save as a new version (Ctrl+S)</source>
        <translation>Save as a new version (Ctrl+S)</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;DOCX…</source>
        <translation>Export &amp;DOCX…</translation>
    </message>
    <message>
        <source>&amp;Redacted copy (names replaced by roles)</source>
        <translation>&amp;Redacted copy (names replaced by roles)</translation>
    </message>
    <message>
        <source>For supervision or training; never for sending</source>
        <translation>For supervision or training; never for sending</translation>
    </message>
    <message>
        <source>&amp;Mark as sent…</source>
        <translation>&amp;Mark as sent…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close document</source>
        <translation>Close document</translation>
    </message>
    <message>
        <source>Discreet mode: the document is hidden (it names the client). Show it when nobody else can see the screen.</source>
        <translation>Discreet mode: the document is hidden (it names the client). Show it when nobody else can see the screen.</translation>
    </message>
    <message>
        <source>Show the document</source>
        <translation>Show the document</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>Suggested – confirm or remove</source>
        <translation>Suggested – confirm or remove</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>1 section you edited was kept as you wrote it; translate it yourself.</source>
        <translation>1 section you edited was kept as you wrote it; translate it yourself.</translation>
    </message>
    <message>
        <source>{n} sections you edited were kept as you wrote them; translate them yourself.</source>
        <translation>{n} sections you edited were kept as you wrote them; translate them yourself.</translation>
    </message>
    <message>
        <source>{title} – {reference}</source>
        <translation>{title} – {reference}</translation>
    </message>
    <message>
        <source>Timeline (tab Follow-up and timeline)</source>
        <translation>Timeline (tab Follow-up and timeline)</translation>
    </message>
    <message>
        <source>Summary (tab Summary and journal)</source>
        <translation>Summary (tab Summary and journal)</translation>
    </message>
    <message>
        <source>Grounds (tab Grounds and incident)</source>
        <translation>Grounds (tab Grounds and incident)</translation>
    </message>
    <message>
        <source>Incident types (tab Grounds and incident)</source>
        <translation>Incident types (tab Grounds and incident)</translation>
    </message>
    <message>
        <source>Area (tab Case)</source>
        <translation>Area (tab Case)</translation>
    </message>
    <message>
        <source>Counterpart (tab Case)</source>
        <translation>Counterpart (tab Case)</translation>
    </message>
    <message>
        <source>Counterpart name (tab Case)</source>
        <translation>Counterpart name (tab Case)</translation>
    </message>
    <message>
        <source>Client name (tab Client)</source>
        <translation>Client name (tab Client)</translation>
    </message>
    <message>
        <source>Client contact (tab Client)</source>
        <translation>Client contact (tab Client)</translation>
    </message>
    <message>
        <source>Client (tab Client)</source>
        <translation>Client (tab Client)</translation>
    </message>
    <message>
        <source>Evidence (tab Evidence)</source>
        <translation>Evidence (tab Evidence)</translation>
    </message>
    <message>
        <source>Witnesses (tab Evidence)</source>
        <translation>Witnesses (tab Evidence)</translation>
    </message>
    <message>
        <source>Online details (tab Evidence)</source>
        <translation>Online details (tab Evidence)</translation>
    </message>
    <message>
        <source>Write it in the document</source>
        <translation>Write it in the document</translation>
    </message>
    <message>
        <source>A choice on the right</source>
        <translation>A choice on the right</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>The case</translation>
    </message>
    <message>
        <source>Nothing is missing.</source>
        <translation>Nothing is missing.</translation>
    </message>
    <message>
        <source>Click one to go where it is filled in. The document can be exported with gaps: they are marked in it.</source>
        <translation>Click one to go where it is filled in. The document can be exported with gaps: they are marked in it.</translation>
    </message>
    <message>
        <source>Saved as version {n}.</source>
        <translation>Saved as version {n}.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Not saved yet.</translation>
    </message>
    <message>
        <source>Version {n} – saved {when}</source>
        <translation>Version {n} – saved {when}</translation>
    </message>
    <message>
        <source>Sent {date} to {recipient} – SHA-256 {sha}</source>
        <translation>Sent {date} to {recipient} – SHA-256 {sha}</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>Export DOCX</source>
        <translation>Export DOCX</translation>
    </message>
    <message>
        <source>A redacted copy: names are replaced by roles. Check the text before use.</source>
        <translation>A redacted copy: names are replaced by roles. Check the text before use.</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Exported version {n} to {path} (SHA-256 {sha}).</source>
        <translation>Exported version {n} to {path} (SHA-256 {sha}).</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Mark as sent</translation>
    </message>
    <message>
        <source>Save and export the document first: the seal records the exported file.</source>
        <translation>Save and export the document first: the seal records the exported file.</translation>
    </message>
    <message>
        <source>This version is already marked as sent. Edit and save to make a new one.</source>
        <translation>This version is already marked as sent. Edit and save to make a new one.</translation>
    </message>
    <message>
        <source>Export this version as PDF or DOCX first (not as a redacted copy): the seal records the fingerprint (SHA-256) of the file that was sent.</source>
        <translation>Export this version as PDF or DOCX first (not as a redacted copy): the seal records the fingerprint (SHA-256) of the file that was sent.</translation>
    </message>
    <message>
        <source>Version {n} is marked as sent. Later edits are saved as a new version.</source>
        <translation>Version {n} is marked as sent. Later edits are saved as a new version.</translation>
    </message>
    <message>
        <source>This document has changes that are not saved.</source>
        <translation>This document has changes that are not saved.</translation>
    </message>
</context>
<context>
    <name>DraftsPanel</name>
    <message>
        <source>Doc&amp;uments</source>
        <translation>Doc&amp;uments</translation>
    </message>
    <message>
        <source>Save the case first; then you can make documents.</source>
        <translation>Save the case first; then you can make documents.</translation>
    </message>
    <message>
        <source>New document, prefilled from the case (its fields, the intake, the timeline and the evidence):</source>
        <translation>New document, prefilled from the case (its fields, the intake, the timeline and the evidence):</translation>
    </message>
    <message>
        <source>New: {title}</source>
        <translation>New: {title}</translation>
    </message>
    <message>
        <source>Documents of the case</source>
        <translation>Documents of the case</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Open document</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>Delete document</translation>
    </message>
    <message>
        <source>Version {n} sent {date} to {recipient}</source>
        <translation>Version {n} sent {date} to {recipient}</translation>
    </message>
    <message>
        <source>Delete this document with all its versions? This cannot be undone.</source>
        <translation>Delete this document with all its versions? This cannot be undone.</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DraftsTableModel</name>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
</context>
<context>
    <name>DueForDeletionModel</name>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>Due since</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>Mediation</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Advice</translation>
    </message>
</context>
<context>
    <name>DueTableModel</name>
    <message>
        <source>Overdue by 1 day</source>
        <translation>Overdue by 1 day</translation>
    </message>
    <message>
        <source>Overdue by {n} days</source>
        <translation>Overdue by {n} days</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>In 1 day</source>
        <translation>In 1 day</translation>
    </message>
    <message>
        <source>In {n} days</source>
        <translation>In {n} days</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>Mediation</translation>
    </message>
    <message>
        <source>Mediation agreement: {term}</source>
        <translation>Mediation agreement: {term}</translation>
    </message>
</context>
<context>
    <name>DueView</name>
    <message>
        <source>What is due</source>
        <translation>What is due</translation>
    </message>
    <message>
        <source>Follow-ups not yet done: overdue, due today and due in the next {days} days, across all cases, and the terms of mediation agreements. Enter or a double click opens the case (or the mediation case).</source>
        <translation>Follow-ups not yet done: overdue, due today and due in the next {days} days, across all cases, and the terms of mediation agreements. Enter or a double click opens the case (or the mediation case).</translation>
    </message>
    <message>
        <source>Summary of what is due</source>
        <translation>Summary of what is due</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Follow-ups due</translation>
    </message>
    <message>
        <source>Overdue by {n} days</source>
        <translation>Overdue by {n} days</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Nothing is due.</translation>
    </message>
    <message>
        <source>1 follow-up due, </source>
        <translation>1 follow-up due, </translation>
    </message>
    <message>
        <source>{n} follow-ups due, </source>
        <translation>{n} follow-ups due, </translation>
    </message>
    <message>
        <source>1 overdue.</source>
        <translation>1 overdue.</translation>
    </message>
    <message>
        <source>{n} overdue.</source>
        <translation>{n} overdue.</translation>
    </message>
    <message>
        <source>1 follow-up due, none overdue.</source>
        <translation>1 follow-up due, none overdue.</translation>
    </message>
    <message>
        <source>{n} follow-ups due, none overdue.</source>
        <translation>{n} follow-ups due, none overdue.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Use at least 15 characters – several ordinary words work well.</source>
        <translation>Use at least 15 characters – several ordinary words work well.</translation>
    </message>
    <message>
        <source>This passphrase is too common and easy to guess. Choose another.</source>
        <translation>This passphrase is too common and easy to guess. Choose another.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation>Type a passphrase.</translation>
    </message>
    <message>
        <source>The passphrase is made of the service&apos;s own names (such as DiMe, Diskrimineringshjelpen or Meglingsbenken), which are guessed first. Add words of your own.</source>
        <translation>The passphrase is made of the service&apos;s own names (such as DiMe, Diskrimineringshjelpen or Meglingsbenken), which are guessed first. Add words of your own.</translation>
    </message>
    <message>
        <source>This is the published passphrase of the demo vault. Choose your own.</source>
        <translation>This is the published passphrase of the demo vault. Choose your own.</translation>
    </message>
    <message>
        <source>This passphrase cannot be used.</source>
        <translation>This passphrase cannot be used.</translation>
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
        <translation>The key file in this folder belongs to another vault, not to this vault&apos;s database. Nothing was changed. Put this vault&apos;s own key file back (from one of its backups), or open the folder the key file came from.

Key file: {path}</translation>
    </message>
    <message>
        <source>The folder {path} is a backup, not a vault. Backups are never opened in place: restore it into a new folder (Backups screen, or dime restore).</source>
        <translation>The folder {path} is a backup, not a vault. Backups are never opened in place: restore it into a new folder (Backups screen, or dime restore).</translation>
    </message>
    <message>
        <source>process {pid} on this computer, since {since}</source>
        <translation>process {pid} on this computer, since {since}</translation>
    </message>
    <message>
        <source>process {pid} on the computer {host}, since {since}</source>
        <translation>process {pid} on the computer {host}, since {since}</translation>
    </message>
    <message>
        <source>This vault is already open in another DiMe program ({owner}). Only one program at a time may have it open: close or lock it there, then try again.</source>
        <translation>This vault is already open in another DiMe program ({owner}). Only one program at a time may have it open: close or lock it there, then try again.</translation>
    </message>
    <message>
        <source>This vault is already open in another DiMe program. Only one program at a time may have it open: close or lock it there, then try again.</source>
        <translation>This vault is already open in another DiMe program. Only one program at a time may have it open: close or lock it there, then try again.</translation>
    </message>
    <message>
        <source>The disk is full, so this was not saved. What was saved before is intact. Free some space (empty the wastebasket, move large files) and try again.

Where: {path}</source>
        <translation>The disk is full, so this was not saved. What was saved before is intact. Free some space (empty the wastebasket, move large files) and try again.

Where: {path}</translation>
    </message>
    <message>
        <source>The vault cannot be written: the disk or folder is read-only, or you lack permission. Nothing was changed.

Where: {path}</source>
        <translation>The vault cannot be written: the disk or folder is read-only, or you lack permission. Nothing was changed.

Where: {path}</translation>
    </message>
    <message>
        <source>The vault stayed busy for too long, so nothing was changed. Wait a moment and try again.</source>
        <translation>The vault stayed busy for too long, so nothing was changed. Wait a moment and try again.</translation>
    </message>
    <message>
        <source>The disk reported a read or write error, so nothing was changed. Check the disk or memory stick and its cable, then check the vault (Verify).

Where: {path}</source>
        <translation>The disk reported a read or write error, so nothing was changed. Check the disk or memory stick and its cable, then check the vault (Verify).

Where: {path}</translation>
    </message>
    <message>
        <source>The vault&apos;s files could not be read or written, so nothing was changed. Check the disk and try again.

Where: {path}</source>
        <translation>The vault&apos;s files could not be read or written, so nothing was changed. Check the disk and try again.

Where: {path}</translation>
    </message>
    <message>
        <source>This needs the vault&apos;s passphrase, because the vault was opened without it. Lock the vault and unlock it with the passphrase, then try again.</source>
        <translation>This needs the vault&apos;s passphrase, because the vault was opened without it. Lock the vault and unlock it with the passphrase, then try again.</translation>
    </message>
    <message>
        <source>The case {reference} was changed and saved in another window after you opened it, so your changes were not saved over it. Copy what you wrote, open the case again and add it there.</source>
        <translation>The case {reference} was changed and saved in another window after you opened it, so your changes were not saved over it. Copy what you wrote, open the case again and add it there.</translation>
    </message>
    <message>
        <source>The folder is not there (if it is on a memory stick, plug it in).</source>
        <translation>The folder is not there (if it is on a memory stick, plug it in).</translation>
    </message>
    <message>
        <source>No backup was made in {path}. The earlier backups were kept.

{cause}</source>
        <translation>No backup was made in {path}. The earlier backups were kept.

{cause}</translation>
    </message>
    <message>
        <source>{path} is not a DiMe backup that can be restored (it is incomplete or damaged). Choose another backup.</source>
        <translation>{path} is not a DiMe backup that can be restored (it is incomplete or damaged). Choose another backup.</translation>
    </message>
    <message>
        <source>The backup {path} was made with an earlier key of the vault. Restore it with the passphrase or recovery key the vault had when it was made.</source>
        <translation>The backup {path} was made with an earlier key of the vault. Restore it with the passphrase or recovery key the vault had when it was made.</translation>
    </message>
    <message>
        <source>That passphrase does not open the backup {path}. Type the passphrase the vault had when the backup was made, or the recovery key of that time.</source>
        <translation>That passphrase does not open the backup {path}. Type the passphrase the vault had when the backup was made, or the recovery key of that time.</translation>
    </message>
    <message>
        <source>That recovery key does not open the backup {path}. Check it against the recovery sheet of that time, or type the passphrase the vault had then.</source>
        <translation>That recovery key does not open the backup {path}. Check it against the recovery sheet of that time, or type the passphrase the vault had then.</translation>
    </message>
    <message>
        <source>The passphrase is not right. Try again – check that Caps Lock is off and that the keyboard language is the one you usually use.</source>
        <translation>The passphrase is not right. Try again – check that Caps Lock is off and that the keyboard language is the one you usually use.</translation>
    </message>
    <message>
        <source>The recovery key is not right. Check each group of letters and digits against the sheet and try again.</source>
        <translation>The recovery key is not right. Check each group of letters and digits against the sheet and try again.</translation>
    </message>
    <message>
        <source>A file of the vault is damaged and cannot be read. Do not create a new vault here. Restore the vault from a backup: the vault folder&apos;s &quot;backups&quot; subfolder, or a copy you keep elsewhere.

Vault: {path}</source>
        <translation>A file of the vault is damaged and cannot be read. Do not create a new vault here. Restore the vault from a backup: the vault folder&apos;s &quot;backups&quot; subfolder, or a copy you keep elsewhere.

Vault: {path}</translation>
    </message>
    <message>
        <source>There is no vault at {path}. Choose the folder where your vault is, or create a new vault.</source>
        <translation>There is no vault at {path}. Choose the folder where your vault is, or create a new vault.</translation>
    </message>
    <message>
        <source>The folder {path} exists but does not hold a DiMe vault. Choose another folder.</source>
        <translation>The folder {path} exists but does not hold a DiMe vault. Choose another folder.</translation>
    </message>
    <message>
        <source>There is already a vault or other files at {path}. Choose an empty folder for a new vault.</source>
        <translation>There is already a vault or other files at {path}. Choose an empty folder for a new vault.</translation>
    </message>
    <message>
        <source>This vault was saved by a newer version of DiMe Desktop (format {found}; this version reads up to {supported}). Install the newer version to open it.</source>
        <translation>This vault was saved by a newer version of DiMe Desktop (format {found}; this version reads up to {supported}). Install the newer version to open it.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it to continue.</source>
        <translation>The vault is locked. Unlock it to continue.</translation>
    </message>
    <message>
        <source>The vault at {path} cannot be used.</source>
        <translation>The vault at {path} cannot be used.</translation>
    </message>
    <message>
        <source>This passphrase cannot be used:
{reasons}</source>
        <translation>This passphrase cannot be used:
{reasons}</translation>
    </message>
    <message>
        <source>This computer has no keychain where the passphrase could be kept. You will type the passphrase each time.</source>
        <translation>This computer has no keychain where the passphrase could be kept. You will type the passphrase each time.</translation>
    </message>
    <message>
        <source>There is no case with reference {reference}.</source>
        <translation>There is no case with reference {reference}.</translation>
    </message>
    <message>
        <source>A case with reference {reference} already exists.</source>
        <translation>A case with reference {reference} already exists.</translation>
    </message>
    <message>
        <source>The case cannot be saved yet:
{problems}</source>
        <translation>The case cannot be saved yet:
{problems}</translation>
    </message>
    <message>
        <source>A data file of the program is broken ({file}, {entry}). Reinstall DiMe Desktop.</source>
        <translation>A data file of the program is broken ({file}, {entry}). Reinstall DiMe Desktop.</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… and {count} more.</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}. Fix this problem in the file and import it again:</source>
        <translation>Nothing was imported from {file}. Fix this problem in the file and import it again:</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}. Fix these {count} problems in the file and import it again:</source>
        <translation>Nothing was imported from {file}. Fix these {count} problems in the file and import it again:</translation>
    </message>
    <message>
        <source>The file {file} cannot be read: {problem}</source>
        <translation>The file {file} cannot be read: {problem}</translation>
    </message>
    <message>
        <source>The file {file} cannot be saved there: {problem}. Choose another folder.</source>
        <translation>The file {file} cannot be saved there: {problem}. Choose another folder.</translation>
    </message>
    <message>
        <source>The activity cannot be saved yet:
{problems}</source>
        <translation>The activity cannot be saved yet:
{problems}</translation>
    </message>
    <message>
        <source>The activity no longer exists.</source>
        <translation>The activity no longer exists.</translation>
    </message>
    <message>
        <source>The threshold must be a whole number from {minimum} to {maximum}.</source>
        <translation>The threshold must be a whole number from {minimum} to {maximum}.</translation>
    </message>
    <message>
        <source>The evidence item cannot be saved yet:
{problems}</source>
        <translation>The evidence item cannot be saved yet:
{problems}</translation>
    </message>
    <message>
        <source>The evidence item no longer exists (it may have been removed).</source>
        <translation>The evidence item no longer exists (it may have been removed).</translation>
    </message>
    <message>
        <source>There is no document of this kind ({kind}).</source>
        <translation>There is no document of this kind ({kind}).</translation>
    </message>
    <message>
        <source>There is no service {target} in the list to refer to.</source>
        <translation>There is no service {target} in the list to refer to.</translation>
    </message>
    <message>
        <source>The document draft no longer exists (it may have been deleted).</source>
        <translation>The document draft no longer exists (it may have been deleted).</translation>
    </message>
    <message>
        <source>Version {number} was marked as sent and cannot change. Your edits are saved as a new version.</source>
        <translation>Version {number} was marked as sent and cannot change. Your edits are saved as a new version.</translation>
    </message>
    <message>
        <source>The mediation case cannot be saved yet:
{problems}</source>
        <translation>The mediation case cannot be saved yet:
{problems}</translation>
    </message>
    <message>
        <source>Case {reference} has no mediation case. Refer it to mediation from the case first.</source>
        <translation>Case {reference} has no mediation case. Refer it to mediation from the case first.</translation>
    </message>
    <message>
        <source>Case {reference} already has a mediation case. Open it from the Mediation screen.</source>
        <translation>Case {reference} already has a mediation case. Open it from the Mediation screen.</translation>
    </message>
    <message>
        <source>The mediation case {reference} cannot move on yet:
{problems}</source>
        <translation>The mediation case {reference} cannot move on yet:
{problems}</translation>
    </message>
    <message>
        <source>The agreement of {reference} cannot be written yet:
{problems}</source>
        <translation>The agreement of {reference} cannot be written yet:
{problems}</translation>
    </message>
    <message>
        <source>{file} is not a DiMe public key file. Ask the colleague for the file that Handover → Save the public key… (or dime identity) writes.</source>
        <translation>{file} is not a DiMe public key file. Ask the colleague for the file that Handover → Save the public key… (or dime identity) writes.</translation>
    </message>
    <message>
        <source>The fingerprint {typed} is not this key&apos;s ({actual}). The key was not trusted.</source>
        <translation>The fingerprint {typed} is not this key&apos;s ({actual}). The key was not trusted.</translation>
    </message>
    <message>
        <source>This key (or this name) is trusted already, as {name}.</source>
        <translation>This key (or this name) is trusted already, as {name}.</translation>
    </message>
    <message>
        <source>No trusted colleague is called {name}.</source>
        <translation>No trusted colleague is called {name}.</translation>
    </message>
    <message>
        <source>Case {reference} cannot be handed over: the client&apos;s consent to share it is not recorded.</source>
        <translation>Case {reference} cannot be handed over: the client&apos;s consent to share it is not recorded.</translation>
    </message>
    <message>
        <source>Something went wrong: {message}</source>
        <translation>Something went wrong: {message}</translation>
    </message>
    <message>
        <source>The computer ran out of memory. Close other programs and try again.</source>
        <translation>The computer ran out of memory. Close other programs and try again.</translation>
    </message>
    <message>
        <source>The computer refused a file operation ({problem}). Check the disk and try again.</source>
        <translation>The computer refused a file operation ({problem}). Check the disk and try again.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing was lost that was already saved. Try again; if it happens again, restart DiMe Desktop.</source>
        <translation>Something unexpected went wrong. Nothing was lost that was already saved. Try again; if it happens again, restart DiMe Desktop.</translation>
    </message>
    <message>
        <source>{file} is {size}. Evidence files can be at most {limit}. Make the file smaller (for example a shorter video clip or a lower resolution) and try again.</source>
        <translation>{file} is {size}. Evidence files can be at most {limit}. Make the file smaller (for example a shorter video clip or a lower resolution) and try again.</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} is empty.</translation>
    </message>
    <message>
        <source>{file} cannot be added as evidence: files of this type ({type}) are not accepted. Pictures, PDFs, text, e-mails, office documents, sound and video are.</source>
        <translation>{file} cannot be added as evidence: files of this type ({type}) are not accepted. Pictures, PDFs, text, e-mails, office documents, sound and video are.</translation>
    </message>
    <message>
        <source>{file} does not hold what its name says ({detail}). Check that it is the right file.</source>
        <translation>{file} does not hold what its name says ({detail}). Check that it is the right file.</translation>
    </message>
    <message>
        <source>{file} cannot be read ({detail}).</source>
        <translation>{file} cannot be read ({detail}).</translation>
    </message>
    <message>
        <source>Nothing in the vault was changed.</source>
        <translation>Nothing in the vault was changed.</translation>
    </message>
    <message>
        <source>This bundle was made for another vault; only that vault can open it.</source>
        <translation>This bundle was made for another vault; only that vault can open it.</translation>
    </message>
    <message>
        <source>The signature does not match the sender&apos;s key: the file was changed, or it was not made by that vault.</source>
        <translation>The signature does not match the sender&apos;s key: the file was changed, or it was not made by that vault.</translation>
    </message>
    <message>
        <source>The sender is not a trusted colleague: compare the fingerprint {fingerprint} with them first.</source>
        <translation>The sender is not a trusted colleague: compare the fingerprint {fingerprint} with them first.</translation>
    </message>
    <message>
        <source>The bundle is older than one already imported from the same sender for case {reference}.</source>
        <translation>The bundle is older than one already imported from the same sender for case {reference}.</translation>
    </message>
    <message>
        <source>{file} is not a DiMe handover bundle.</source>
        <translation>{file} is not a DiMe handover bundle.</translation>
    </message>
    <message>
        <source>The file is damaged: it was cut short or changed after it was made.</source>
        <translation>The file is damaged: it was cut short or changed after it was made.</translation>
    </message>
    <message>
        <source>{file} was refused.</source>
        <translation>{file} was refused.</translation>
    </message>
    <message>
        <source>The vault was not closed properly the last time: the program stopped without locking it (it was shut down or crashed). Its lock was taken over; everything that had been saved is there.</source>
        <translation>The vault was not closed properly the last time: the program stopped without locking it (it was shut down or crashed). Its lock was taken over; everything that had been saved is there.</translation>
    </message>
    <message>
        <source>A temporary copy of the key file ({name}) left by an interrupted write was removed; it could have opened the vault with an earlier passphrase.</source>
        <translation>A temporary copy of the key file ({name}) left by an interrupted write was removed; it could have opened the vault with an earlier passphrase.</translation>
    </message>
    <message>
        <source>A key change or restore had been interrupted after its decisive step; it was finished now.</source>
        <translation>A key change or restore had been interrupted after its decisive step; it was finished now.</translation>
    </message>
    <message>
        <source>An interrupted key change or restore had changed nothing; its unfinished copy was removed.</source>
        <translation>An interrupted key change or restore had changed nothing; its unfinished copy was removed.</translation>
    </message>
    <message>
        <source>Something could not be written to the access log.</source>
        <translation>Something could not be written to the access log.</translation>
    </message>
    <message>
        <source>The backups in {folder} could not be reached; they still open with the earlier passphrase and recovery key. Plug the folder in and delete them, or change the vault key again.</source>
        <translation>The backups in {folder} could not be reached; they still open with the earlier passphrase and recovery key. Plug the folder in and delete them, or change the vault key again.</translation>
    </message>
    <message>
        <source>The backup {path} was made with an even earlier key; it still opens with the passphrase of that time. Delete it if that passphrase may be known to someone.</source>
        <translation>The backup {path} was made with an even earlier key; it still opens with the passphrase of that time. Delete it if that passphrase may be known to someone.</translation>
    </message>
    <message>
        <source>The backup {path} could not be encrypted again with the new key; it still opens with the earlier passphrase. Delete it if that may be known to someone.</source>
        <translation>The backup {path} could not be encrypted again with the new key; it still opens with the earlier passphrase. Delete it if that may be known to someone.</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>What it is</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>E&amp;vidence</source>
        <translation>E&amp;vidence</translation>
    </message>
    <message>
        <source>Save the case first; then you can add evidence.</source>
        <translation>Save the case first; then you can add evidence.</translation>
    </message>
    <message>
        <source>&amp;Add file…</source>
        <translation>&amp;Add file…</translation>
    </message>
    <message>
        <source>Add evidence file</source>
        <translation>Add evidence file</translation>
    </message>
    <message>
        <source>Add files – or drag them here, or paste a screenshot (Ctrl+V)</source>
        <translation>Add files – or drag them here, or paste a screenshot (Ctrl+V)</translation>
    </message>
    <message>
        <source>&amp;Paste screenshot</source>
        <translation>&amp;Paste screenshot</translation>
    </message>
    <message>
        <source>Add &amp;record without file</source>
        <translation>Add &amp;record without file</translation>
    </message>
    <message>
        <source>A witness, or something told without a file</source>
        <translation>A witness, or something told without a file</translation>
    </message>
    <message>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <source>View evidence</source>
        <translation>View evidence</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>Remove evidence item</source>
        <translation>Remove evidence item</translation>
    </message>
    <message>
        <source>&amp;Export item…</source>
        <translation>&amp;Export item…</translation>
    </message>
    <message>
        <source>Export &amp;all…</source>
        <translation>Export &amp;all…</translation>
    </message>
    <message>
        <source>All files, numbered as the attachments, with a list of the evidence</source>
        <translation>All files, numbered as the attachments, with a list of the evidence</translation>
    </message>
    <message>
        <source>Adding evidence</source>
        <translation>Adding evidence</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Discreet mode: the evidence is hidden (it can name people). Click “Show this case” above to see it.</source>
        <translation>Discreet mode: the evidence is hidden (it can name people). Click “Show this case” above to see it.</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Add evidence</translation>
    </message>
    <message>
        <source>Evidence (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.tif *.tiff *.heic *.pdf *.txt *.eml *.msg *.docx *.odt *.doc *.mp3 *.m4a *.ogg *.opus *.wav *.mp4 *.mov);;All files (*)</source>
        <translation>Evidence (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.tif *.tiff *.heic *.pdf *.txt *.eml *.msg *.docx *.odt *.doc *.mp3 *.m4a *.ogg *.opus *.wav *.mp4 *.mov);;All files (*)</translation>
    </message>
    <message>
        <source>Adding {name}…</source>
        <translation>Adding {name}…</translation>
    </message>
    <message>
        <source>Added {name} as item {n}.</source>
        <translation>Added {name} as item {n}.</translation>
    </message>
    <message>
        <source>Screenshot pasted {date}</source>
        <translation>Screenshot pasted {date}</translation>
    </message>
    <message>
        <source>The clipboard holds no picture or file to add.</source>
        <translation>The clipboard holds no picture or file to add.</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Witness</translation>
    </message>
    <message>
        <source>Picture dropped {date}</source>
        <translation>Picture dropped {date}</translation>
    </message>
    <message>
        <source>Saved item {n}.</source>
        <translation>Saved item {n}.</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Remove evidence</translation>
    </message>
    <message>
        <source>Remove item {n} and its file from the vault? This cannot be undone.</source>
        <translation>Remove item {n} and its file from the vault? This cannot be undone.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Evidence {n} – {reference}</source>
        <translation>Evidence {n} – {reference}</translation>
    </message>
    <message>
        <source>Export evidence</source>
        <translation>Export evidence</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Saved {path}</translation>
    </message>
    <message>
        <source>Export evidence to folder</source>
        <translation>Export evidence to folder</translation>
    </message>
    <message>
        <source>Saved 1 file in {folder}</source>
        <translation>Saved 1 file in {folder}</translation>
    </message>
    <message>
        <source>Saved {count} files in {folder}</source>
        <translation>Saved {count} files in {folder}</translation>
    </message>
    <message>
        <source>Export all evidence</source>
        <translation>Export all evidence</translation>
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
        <translation>Opening the file from the vault…</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Picture</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>Text of the file</source>
        <translation>Text of the file</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close viewer</source>
        <translation>Close viewer</translation>
    </message>
    <message>
        <source>This picture cannot be shown.</source>
        <translation>This picture cannot be shown.</translation>
    </message>
    <message>
        <source>This PDF cannot be shown.</source>
        <translation>This PDF cannot be shown.</translation>
    </message>
    <message>
        <source>Files of this kind ({type}) cannot be shown inside DiMe Desktop. Export the item to open it with another program – it then leaves the vault.</source>
        <translation>Files of this kind ({type}) cannot be shown inside DiMe Desktop. Export the item to open it with another program – it then leaves the vault.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Hand over cases</source>
        <translation>Hand over cases</translation>
    </message>
    <message>
        <source>Cases (references)</source>
        <translation>Cases (references)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>The whole case: journal, intake, follow-ups, documents and evidence</source>
        <translation>The whole case: journal, intake, follow-ups, documents and evidence</translation>
    </message>
    <message>
        <source>A referral summary only (what the mediator needs)</source>
        <translation>A referral summary only (what the mediator needs)</translation>
    </message>
    <message>
        <source>Consent to share</source>
        <translation>Consent to share</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>The file holds personal data, encrypted: only the colleague&apos;s vault can open it. Move it on a stick or send it as you would a letter, and delete it once it has been imported.</source>
        <translation>The file holds personal data, encrypted: only the colleague&apos;s vault can open it. Move it on a stick or send it as you would a letter, and delete it once it has been imported.</translation>
    </message>
    <message>
        <source>Add the colleague first: Handover → Add a colleague… (their public key).</source>
        <translation>Add the colleague first: Handover → Add a colleague… (their public key).</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Save the bundle…</source>
        <translation>Save the bundle…</translation>
    </message>
    <message>
        <source>with its mediation record</source>
        <translation>with its mediation record</translation>
    </message>
    <message>
        <source>{reference}: the client has not consented; it cannot be handed over.</source>
        <translation>{reference}: the client has not consented; it cannot be handed over.</translation>
    </message>
    <message>
        <source>Save the handover bundle</source>
        <translation>Save the handover bundle</translation>
    </message>
    <message>
        <source>Saved {path} for {to}: 1 case. The file holds personal data, encrypted; only that vault can open it. Delete it once it has been imported.</source>
        <translation>Saved {path} for {to}: 1 case. The file holds personal data, encrypted; only that vault can open it. Delete it once it has been imported.</translation>
    </message>
    <message>
        <source>Saved {path} for {to}: {n} cases. The file holds personal data, encrypted; only that vault can open it. Delete it once it has been imported.</source>
        <translation>Saved {path} for {to}: {n} cases. The file holds personal data, encrypted; only that vault can open it. Delete it once it has been imported.</translation>
    </message>
    <message>
        <source>Bundle saved</source>
        <translation>Bundle saved</translation>
    </message>
</context>
<context>
    <name>FirstRunWidget</name>
    <message>
        <source>New vault</source>
        <translation>New vault</translation>
    </message>
    <message>
        <source>Welcome to DiMe Desktop</source>
        <translation>Welcome to DiMe Desktop</translation>
    </message>
    <message>
        <source>The case register is kept in an encrypted vault on this computer. Choose a passphrase that only you and your colleagues at DiMe know. Without it – or the recovery key you get next – nobody can open the register, not even us.</source>
        <translation>The case register is kept in an encrypted vault on this computer. Choose a passphrase that only you and your colleagues at DiMe know. Without it – or the recovery key you get next – nobody can open the register, not even us.</translation>
    </message>
    <message>
        <source>The vault will be made in: {path}</source>
        <translation>The vault will be made in: {path}</translation>
    </message>
    <message>
        <source>Re&amp;member on this device</source>
        <translation>Re&amp;member on this device</translation>
    </message>
    <message>
        <source>Remember on this device</source>
        <translation>Remember on this device</translation>
    </message>
    <message>
        <source>The passphrase is then kept in this computer&apos;s keychain and the register opens without it when you start the app. Only on a computer that is yours alone.</source>
        <translation>The passphrase is then kept in this computer&apos;s keychain and the register opens without it when you start the app. Only on a computer that is yours alone.</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the passphrase cannot be remembered here. You will type it each time.</source>
        <translation>This computer has no keychain, so the passphrase cannot be remembered here. You will type it each time.</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Create vault</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Create vault</translation>
    </message>
    <message>
        <source>Creating the vault – this takes a few seconds…</source>
        <translation>Creating the vault – this takes a few seconds…</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Your recovery key</translation>
    </message>
    <message>
        <source>If the passphrase is forgotten, this key is the only way into the register. Write it down or print it now and keep the sheet locked away – it is shown only this once. Do not photograph it or keep it on this computer.</source>
        <translation>If the passphrase is forgotten, this key is the only way into the register. Write it down or print it now and keep the sheet locked away – it is shown only this once. Do not photograph it or keep it on this computer.</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinue</translation>
    </message>
    <message>
        <source>Continue to the register</source>
        <translation>Continue to the register</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up of a term</source>
        <translation>Follow-up of a term</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>Term:</translation>
    </message>
    <message>
        <source>Was it kept</source>
        <translation>Was it kept</translation>
    </message>
    <message>
        <source>Not yet followed up</source>
        <translation>Not yet followed up</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Fulfilled</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Broken</translation>
    </message>
    <message>
        <source>&amp;Kept:</source>
        <translation>&amp;Kept:</translation>
    </message>
    <message>
        <source>Date it was followed up</source>
        <translation>Date it was followed up</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;On:</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Follow up on</translation>
    </message>
    <message>
        <source>&amp;Follow up on:</source>
        <translation>&amp;Follow up on:</translation>
    </message>
    <message>
        <source>Note on the follow-up</source>
        <translation>Note on the follow-up</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
</context>
<context>
    <name>GroundSelector</name>
    <message>
        <source>Ground</source>
        <translation>Ground</translation>
    </message>
    <message>
        <source>Client&apos;s view</source>
        <translation>Client&apos;s view</translation>
    </message>
    <message>
        <source>Adviser&apos;s view</source>
        <translation>Adviser&apos;s view</translation>
    </message>
    <message>
        <source>By association</source>
        <translation>By association</translation>
    </message>
    <message>
        <source>The client experiences the treatment as linked to this ground</source>
        <translation>The client experiences the treatment as linked to this ground</translation>
    </message>
    <message>
        <source>The adviser assesses that this ground is relevant</source>
        <translation>The adviser assesses that this ground is relevant</translation>
    </message>
    <message>
        <source>Through a connection to someone else (family, partner, friend)</source>
        <translation>Through a connection to someone else (family, partner, friend)</translation>
    </message>
    <message>
        <source>{ground}: client&apos;s view</source>
        <translation>{ground}: client&apos;s view</translation>
    </message>
    <message>
        <source>{ground}: adviser&apos;s view</source>
        <translation>{ground}: adviser&apos;s view</translation>
    </message>
    <message>
        <source>{ground}: by association</source>
        <translation>{ground}: by association</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Track</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Grounds</translation>
    </message>
    <message>
        <source>Incident types</source>
        <translation>Incident types</translation>
    </message>
    <message>
        <source>Counterpart type</source>
        <translation>Counterpart type</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Counterpart</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Sent to mediation</source>
        <translation>Sent to mediation</translation>
    </message>
    <message>
        <source>Mediation area</source>
        <translation>Mediation area</translation>
    </message>
    <message>
        <source>Mediation outcome</source>
        <translation>Mediation outcome</translation>
    </message>
    <message>
        <source>Client&apos;s name</source>
        <translation>Client&apos;s name</translation>
    </message>
    <message>
        <source>Client&apos;s contact details</source>
        <translation>Client&apos;s contact details</translation>
    </message>
    <message>
        <source>Client&apos;s language</source>
        <translation>Client&apos;s language</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Interpreter needed</translation>
    </message>
    <message>
        <source>Consent to store</source>
        <translation>Consent to store</translation>
    </message>
    <message>
        <source>Notes on the client</source>
        <translation>Notes on the client</translation>
    </message>
    <message>
        <source>Intake answers</source>
        <translation>Intake answers</translation>
    </message>
    <message>
        <source>Mediation record</source>
        <translation>Mediation record</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Evidence item</source>
        <translation>Evidence item</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>anonymous contact</source>
        <translation>anonymous contact</translation>
    </message>
    <message>
        <source>consent to share recorded</source>
        <translation>consent to share recorded</translation>
    </message>
    <message>
        <source>no consent to share</source>
        <translation>no consent to share</translation>
    </message>
    <message>
        <source>consent given (to store)</source>
        <translation>consent given (to store)</translation>
    </message>
    <message>
        <source>no consent</source>
        <translation>no consent</translation>
    </message>
    <message>
        <source>whole case</source>
        <translation>whole case</translation>
    </message>
    <message>
        <source>referral summary</source>
        <translation>referral summary</translation>
    </message>
    <message>
        <source>journal entries: {n}</source>
        <translation>journal entries: {n}</translation>
    </message>
    <message>
        <source>follow-ups: {n}</source>
        <translation>follow-ups: {n}</translation>
    </message>
    <message>
        <source>timeline events: {n}</source>
        <translation>timeline events: {n}</translation>
    </message>
    <message>
        <source>evidence items: {n}</source>
        <translation>evidence items: {n}</translation>
    </message>
    <message>
        <source>documents: {n}</source>
        <translation>documents: {n}</translation>
    </message>
    <message>
        <source>document versions: {n}</source>
        <translation>document versions: {n}</translation>
    </message>
    <message>
        <source>intake answers</source>
        <translation>intake answers</translation>
    </message>
    <message>
        <source>mediation record</source>
        <translation>mediation record</translation>
    </message>
    <message>
        <source>consents: {n}</source>
        <translation>consents: {n}</translation>
    </message>
</context>
<context>
    <name>HandoverView</name>
    <message>
        <source>Handover</source>
        <translation>Handover</translation>
    </message>
    <message>
        <source>Cases travel between vaults as files: encrypted to the colleague&apos;s vault and signed by this one. Compare fingerprints once, in person or on the phone.</source>
        <translation>Cases travel between vaults as files: encrypted to the colleague&apos;s vault and signed by this one. Compare fingerprints once, in person or on the phone.</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>This vault</translation>
    </message>
    <message>
        <source>This vault&apos;s fingerprint</source>
        <translation>This vault&apos;s fingerprint</translation>
    </message>
    <message>
        <source>This office</source>
        <translation>This office</translation>
    </message>
    <message>
        <source>for example Diskrimineringshjelpen Oslo</source>
        <translation>for example Diskrimineringshjelpen Oslo</translation>
    </message>
    <message>
        <source>Save the public key…</source>
        <translation>Save the public key…</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Trusted colleagues</source>
        <translation>Trusted colleagues</translation>
    </message>
    <message>
        <source>Add a colleague…</source>
        <translation>Add a colleague…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the colleague</source>
        <translation>Remove the colleague</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Hand over cases…</source>
        <translation>Hand over cases…</translation>
    </message>
    <message>
        <source>Import a bundle…</source>
        <translation>Import a bundle…</translation>
    </message>
    <message>
        <source>&amp;Hand over cases…</source>
        <translation>&amp;Hand over cases…</translation>
    </message>
    <message>
        <source>Import a &amp;handover bundle…</source>
        <translation>Import a &amp;handover bundle…</translation>
    </message>
    <message>
        <source>Public key saved</source>
        <translation>Public key saved</translation>
    </message>
    <message>
        <source>Saved {path}. Give it to your colleague (it holds no secret) and read them the fingerprint {fingerprint} when they add it.</source>
        <translation>Saved {path}. Give it to your colleague (it holds no secret) and read them the fingerprint {fingerprint} when they add it.</translation>
    </message>
    <message>
        <source>Save the public key</source>
        <translation>Save the public key</translation>
    </message>
    <message>
        <source>The colleague&apos;s public key</source>
        <translation>The colleague&apos;s public key</translation>
    </message>
    <message>
        <source>Add a colleague</source>
        <translation>Add a colleague</translation>
    </message>
    <message>
        <source>Remove {name}? Bundles from them are then refused until trusted again.</source>
        <translation>Remove {name}? Bundles from them are then refused until trusted again.</translation>
    </message>
    <message>
        <source>Import a handover bundle</source>
        <translation>Import a handover bundle</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a register</source>
        <translation>Import a register</translation>
    </message>
    <message>
        <source>Import the cases of an earlier register (CSV or XLSX). The whole file is checked first: if any row has a problem, nothing is imported and every problem is listed.</source>
        <translation>Import the cases of an earlier register (CSV or XLSX). The whole file is checked first: if any row has a problem, nothing is imported and every problem is listed.</translation>
    </message>
    <message>
        <source>Register file</source>
        <translation>Register file</translation>
    </message>
    <message>
        <source>CSV or XLSX file</source>
        <translation>CSV or XLSX file</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Choose the register file</source>
        <translation>Choose the register file</translation>
    </message>
    <message>
        <source>&amp;Skip cases that are already in the vault</source>
        <translation>&amp;Skip cases that are already in the vault</translation>
    </message>
    <message>
        <source>Skip cases that are already in the vault</source>
        <translation>Skip cases that are already in the vault</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Import result</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Problems in the file</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Registers (*.csv *.xlsx);;All files (*)</source>
        <translation>Registers (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <source>1 row read…</source>
        <translation>1 row read…</translation>
    </message>
    <message>
        <source>{n} rows read…</source>
        <translation>{n} rows read…</translation>
    </message>
    <message>
        <source>Imported 1 case from {file}.</source>
        <translation>Imported 1 case from {file}.</translation>
    </message>
    <message>
        <source>Imported {n} cases from {file}.</source>
        <translation>Imported {n} cases from {file}.</translation>
    </message>
    <message>
        <source>1 case was already in the vault and was skipped.</source>
        <translation>1 case was already in the vault and was skipped.</translation>
    </message>
    <message>
        <source>{n} cases were already in the vault and were skipped.</source>
        <translation>{n} cases were already in the vault and were skipped.</translation>
    </message>
    <message>
        <source>Import a handover bundle</source>
        <translation>Import a handover bundle</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>Checking the bundle…</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Bundle</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Sender&apos;s fingerprint</source>
        <translation>Sender&apos;s fingerprint</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the sender now</source>
        <translation>Compare the fingerprint with the sender now</translation>
    </message>
    <message>
        <source>The sender&apos;s name</source>
        <translation>The sender&apos;s name</translation>
    </message>
    <message>
        <source>The sender&apos;s office</source>
        <translation>The sender&apos;s office</translation>
    </message>
    <message>
        <source>The fingerprint is the same as the sender&apos;s</source>
        <translation>The fingerprint is the same as the sender&apos;s</translation>
    </message>
    <message>
        <source>Call the sender (or meet them) and have them read their fingerprint. Trust them only when every character is the same.</source>
        <translation>Call the sender (or meet them) and have them read their fingerprint. Trust them only when every character is the same.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Cases in the bundle</source>
        <translation>Cases in the bundle</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Differences</translation>
    </message>
    <message>
        <source>These fields differ. This vault&apos;s value is kept unless you tick to take the bundle&apos;s.</source>
        <translation>These fields differ. This vault&apos;s value is kept unless you tick to take the bundle&apos;s.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Import the ticked cases</source>
        <translation>Import the ticked cases</translation>
    </message>
    <message>
        <source>The bundle was refused</source>
        <translation>The bundle was refused</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>The bundle is whole, and its signature matches its sender.</source>
        <translation>The bundle is whole, and its signature matches its sender.</translation>
    </message>
    <message>
        <source>From: {name}</source>
        <translation>From: {name}</translation>
    </message>
    <message>
        <source>From: unknown: compare fingerprint {fingerprint}</source>
        <translation>From: unknown: compare fingerprint {fingerprint}</translation>
    </message>
    <message>
        <source>Imported from this bundle before (nothing to do): {refs}</source>
        <translation>Imported from this bundle before (nothing to do): {refs}</translation>
    </message>
    <message>
        <source>Every case of this bundle was imported before; nothing changes.</source>
        <translation>Every case of this bundle was imported before; nothing changes.</translation>
    </message>
    <message>
        <source>new in this vault</source>
        <translation>new in this vault</translation>
    </message>
    <message>
        <source>{reference}: nothing new</source>
        <translation>{reference}: nothing new</translation>
    </message>
    <message>
        <source>merged into {reference}</source>
        <translation>merged into {reference}</translation>
    </message>
    <message>
        <source>{name} is now a trusted colleague.</source>
        <translation>{name} is now a trusted colleague.</translation>
    </message>
    <message>
        <source>Imported: {refs}</source>
        <translation>Imported: {refs}</translation>
    </message>
    <message>
        <source>Nothing new: {refs}</source>
        <translation>Nothing new: {refs}</translation>
    </message>
    <message>
        <source>Rejected (nothing written): {refs}</source>
        <translation>Rejected (nothing written): {refs}</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>Bundle imported</translation>
    </message>
</context>
<context>
    <name>IntakePanel</name>
    <message>
        <source>Steps of the conversation</source>
        <extracomment>The case as its form shows it now (set by the case form); documents are made from it. None: the stored case.</extracomment>
        <translation>Steps of the conversation</translation>
    </message>
    <message>
        <source>&lt; &amp;Previous</source>
        <translation>&lt; &amp;Previous</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>Print checklist…</source>
        <translation>Print checklist…</translation>
    </message>
    <message>
        <source>Save checklist as PDF…</source>
        <translation>Save checklist as PDF…</translation>
    </message>
    <message>
        <source>Save take-away sheet as PDF…</source>
        <translation>Save take-away sheet as PDF…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>secure now</source>
        <translation>secure now</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Remove this event from the timeline?</source>
        <translation>Remove this event from the timeline?</translation>
    </message>
    <message>
        <source>New event: date</source>
        <translation>New event: date</translation>
    </message>
    <message>
        <source>New event: what happened</source>
        <translation>New event: what happened</translation>
    </message>
    <message>
        <source>&amp;Add event</source>
        <translation>&amp;Add event</translation>
    </message>
    <message>
        <source>&amp;Remove event</source>
        <translation>&amp;Remove event</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Ground</translation>
    </message>
    <message>
        <source>The person&apos;s view</source>
        <translation>The person&apos;s view</translation>
    </message>
    <message>
        <source>Adviser&apos;s assessment</source>
        <translation>Adviser&apos;s assessment</translation>
    </message>
    <message>
        <source>By association</source>
        <translation>By association</translation>
    </message>
    <message>
        <source>Accepted and edited steps become follow-ups of the case (tab “Follow-up and timeline”), where you can change their date.</source>
        <translation>Accepted and edited steps become follow-ups of the case (tab “Follow-up and timeline”), where you can change their date.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Suggested next steps</source>
        <translation>Suggested next steps</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <source>&amp;Drop</source>
        <translation>&amp;Drop</translation>
    </message>
    <message>
        <source>&amp;Undecide</source>
        <translation>&amp;Undecide</translation>
    </message>
    <message>
        <source>Next step in your own words</source>
        <translation>Next step in your own words</translation>
    </message>
    <message>
        <source>Deadline of the step</source>
        <translation>Deadline of the step</translation>
    </message>
    <message>
        <source>Dead&amp;line:</source>
        <translation>Dead&amp;line:</translation>
    </message>
    <message>
        <source>&amp;Save as edited</source>
        <translation>&amp;Save as edited</translation>
    </message>
    <message>
        <source>&amp;Edit the selected step:</source>
        <translation>&amp;Edit the selected step:</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Edited</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Not decided</translation>
    </message>
    <message>
        <source>Choose a step in the list first.</source>
        <translation>Choose a step in the list first.</translation>
    </message>
    <message>
        <source>Write the step in your own words.</source>
        <translation>Write the step in your own words.</translation>
    </message>
    <message>
        <source>The deadline is not a valid date.</source>
        <translation>The deadline is not a valid date.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save checklist as PDF</source>
        <translation>Save checklist as PDF</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>checklist</translation>
    </message>
    <message>
        <source>Save take-away sheet as PDF</source>
        <translation>Save take-away sheet as PDF</translation>
    </message>
    <message>
        <source>takeaway</source>
        <translation>takeaway</translation>
    </message>
    <message>
        <source>Print checklist</source>
        <translation>Print checklist</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>What it is</source>
        <translation>What it is</translation>
    </message>
    <message>
        <source>&amp;What it is:</source>
        <translation>&amp;What it is:</translation>
    </message>
    <message>
        <source>Kind of evidence</source>
        <translation>Kind of evidence</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Date received</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>&amp;Received:</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>&amp;Given by:</source>
        <translation>&amp;Given by:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Online (for posts, comments, messages)</source>
        <translation>Online (for posts, comments, messages)</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Facebook, TikTok, an online newspaper…</source>
        <translation>Facebook, TikTok, an online newspaper…</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Platform:</translation>
    </message>
    <message>
        <source>Address (URL)</source>
        <translation>Address (URL)</translation>
    </message>
    <message>
        <source>Address (&amp;URL):</source>
        <translation>Address (&amp;URL):</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>User &amp;name:</translation>
    </message>
    <message>
        <source>Time of posting</source>
        <translation>Time of posting</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM, as the post shows it</source>
        <translation>YYYY-MM-DD HH:MM, as the post shows it</translation>
    </message>
    <message>
        <source>&amp;Time of posting:</source>
        <translation>&amp;Time of posting:</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <source>The thread, the page or account, and what it replied to</source>
        <translation>The thread, the page or account, and what it replied to</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>&amp;Context:</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Witnesses</translation>
    </message>
    <message>
        <source>Keep a witness&apos;s contact details only when the client agrees (tick Consent).</source>
        <translation>Keep a witness&apos;s contact details only when the client agrees (tick Consent).</translation>
    </message>
    <message>
        <source>Save &amp;item</source>
        <translation>Save &amp;item</translation>
    </message>
    <message>
        <source>Save evidence item</source>
        <translation>Save evidence item</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Undo changes</translation>
    </message>
    <message>
        <source>{name} ({type}, {size})
SHA-256 {sha}</source>
        <translation>{name} ({type}, {size})
SHA-256 {sha}</translation>
    </message>
    <message>
        <source>No file (a record only)</source>
        <translation>No file (a record only)</translation>
    </message>
    <message>
        <source>Tick Consent for {name} to keep the contact details, or leave the contact out.</source>
        <translation>Tick Consent for {name} to keep the contact details, or leave the contact out.</translation>
    </message>
    <message>
        <source>the witness</source>
        <translation>the witness</translation>
    </message>
    <message>
        <source>Write what the item is.</source>
        <translation>Write what the item is.</translation>
    </message>
    <message>
        <source>Write the time of posting as YYYY-MM-DD HH:MM.</source>
        <translation>Write the time of posting as YYYY-MM-DD HH:MM.</translation>
    </message>
    <message>
        <source>The address (URL) has spaces or no dot in it.</source>
        <translation>The address (URL) has spaces or no dot in it.</translation>
    </message>
    <message>
        <source>Every witness needs a name.</source>
        <translation>Every witness needs a name.</translation>
    </message>
    <message>
        <source>A field of the item cannot be used.</source>
        <translation>A field of the item cannot be used.</translation>
    </message>
</context>
<context>
    <name>LeavesVault</name>
    <message>
        <source>The file you save now leaves the encrypted vault: anyone who can open the folder can read it. Save it only where it is safe, and delete it when it is no longer needed.</source>
        <translation>The file you save now leaves the encrypted vault: anyone who can open the folder can read it. Save it only where it is safe, and delete it when it is no longer needed.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Add to {list}</source>
        <translation>Add to {list}</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Edit in {list}</source>
        <translation>Edit in {list}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove from {list}</source>
        <translation>Remove from {list}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;New case</translation>
    </message>
    <message>
        <source>New case (Ctrl+N)</source>
        <translation>New case (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Open case</translation>
    </message>
    <message>
        <source>Open the selected case (Enter)</source>
        <translation>Open the selected case (Enter)</translation>
    </message>
    <message>
        <source>&amp;Discreet mode</source>
        <translation>&amp;Discreet mode</translation>
    </message>
    <message>
        <source>Discreet mode: hide client names – show references only (Ctrl+D)</source>
        <translation>Discreet mode: hide client names – show references only (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Lock the vault now (Ctrl+L)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <extracomment>The main window&apos;s share of the screen&apos;s free area when it has no place yet. A screen&apos;s free area below this: the main window starts maximised. How much of a remembered window must be on a screen to put it there again. Windows that get the app-wide actions when shown (never menus, popups, tooltips).</extracomment>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>&amp;Find cases…</source>
        <translation>&amp;Find cases…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Change passphrase…</translation>
    </message>
    <message>
        <source>New &amp;recovery key…</source>
        <translation>New &amp;recovery key…</translation>
    </message>
    <message>
        <source>Change the &amp;vault key…</source>
        <translation>Change the &amp;vault key…</translation>
    </message>
    <message>
        <source>&amp;Verify the vault…</source>
        <translation>&amp;Verify the vault…</translation>
    </message>
    <message>
        <source>The person&apos;s own &amp;copy…</source>
        <translation>The person&apos;s own &amp;copy…</translation>
    </message>
    <message>
        <source>&amp;Delete the case…</source>
        <translation>&amp;Delete the case…</translation>
    </message>
    <message>
        <source>&amp;Import an earlier register…</source>
        <translation>&amp;Import an earlier register…</translation>
    </message>
    <message>
        <source>&amp;About DiMe Desktop</source>
        <translation>&amp;About DiMe Desktop</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Toolbar</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Open case</translation>
    </message>
    <message>
        <source>Discreet mode</source>
        <translation>Discreet mode</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Search summaries, journals and names…</source>
        <translation>Search summaries, journals and names…</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Filter by year</source>
        <translation>Filter by year</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Filter by area</source>
        <translation>Filter by area</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>All areas</translation>
    </message>
    <message>
        <source>Filter by ground</source>
        <translation>Filter by ground</translation>
    </message>
    <message>
        <source>All grounds</source>
        <translation>All grounds</translation>
    </message>
    <message>
        <source>Filter by desk</source>
        <translation>Filter by desk</translation>
    </message>
    <message>
        <source>Both desks</source>
        <translation>Both desks</translation>
    </message>
    <message>
        <source>Advice desk</source>
        <translation>Advice desk</translation>
    </message>
    <message>
        <source>Mediation desk</source>
        <translation>Mediation desk</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <source>&amp;Ground:</source>
        <translation>&amp;Ground:</translation>
    </message>
    <message>
        <source>D&amp;esk:</source>
        <translation>D&amp;esk:</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <source>Case list</source>
        <translation>Case list</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Screens</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>What is due</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>Mediation</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Outreach</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Handover</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Access log</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Warning: the access log is broken (see Access log).</source>
        <translation>Warning: the access log is broken (see Access log).</translation>
    </message>
    <message>
        <source>The daily backup failed; the earlier backups were kept (see Backups).</source>
        <translation>The daily backup failed; the earlier backups were kept (see Backups).</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>{n}+ cases</source>
        <translation>{n}+ cases</translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>1 case</translation>
    </message>
    <message>
        <source>{n} cases</source>
        <translation>{n} cases</translation>
    </message>
    <message>
        <source>Case register – discreet</source>
        <translation>Case register – discreet</translation>
    </message>
    <message>
        <source>Case register</source>
        <translation>Case register</translation>
    </message>
    <message>
        <source>About the vault</source>
        <translation>About the vault</translation>
    </message>
    <message>
        <source>1 open case has changes that are not saved.</source>
        <translation>1 open case has changes that are not saved.</translation>
    </message>
    <message>
        <source>{n} open cases have changes that are not saved.</source>
        <translation>{n} open cases have changes that are not saved.</translation>
    </message>
    <message>
        <source>About DiMe Desktop</source>
        <translation>About DiMe Desktop</translation>
    </message>
    <message>
        <source>DiMe Desktop {version}

An offline, encrypted case register for Diskrimineringshjelpen and Meglingsbenken.

Licence: {licence} (GNU General Public License, version 3 or later).

Vault: {path}</source>
        <translation>DiMe Desktop {version}

An offline, encrypted case register for Diskrimineringshjelpen and Meglingsbenken.

Licence: {licence} (GNU General Public License, version 3 or later).

Vault: {path}</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation>Open a case first.</translation>
    </message>
    <message>
        <source>&amp;Discreet mode: on</source>
        <translation>&amp;Discreet mode: on</translation>
    </message>
    <message>
        <source>&amp;Discreet mode: off</source>
        <translation>&amp;Discreet mode: off</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
</context>
<context>
    <name>MarkSentDialog</name>
    <message>
        <source>Mark as sent</source>
        <translation>Mark as sent</translation>
    </message>
    <message>
        <source>The version is sealed: it never changes again. Later edits are saved as a new version. The seal keeps the date, the recipient and the fingerprint (SHA-256) of the file that was sent.</source>
        <translation>The version is sealed: it never changes again. Later edits are saved as a new version. The seal keeps the date, the recipient and the fingerprint (SHA-256) of the file that was sent.</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Sent to</translation>
    </message>
    <message>
        <source>Sent &amp;to:</source>
        <translation>Sent &amp;to:</translation>
    </message>
    <message>
        <source>Date sent</source>
        <translation>Date sent</translation>
    </message>
    <message>
        <source>&amp;Date sent:</source>
        <translation>&amp;Date sent:</translation>
    </message>
    <message>
        <source>File that was sent</source>
        <translation>File that was sent</translation>
    </message>
    <message>
        <source>&amp;File that was sent:</source>
        <translation>&amp;File that was sent:</translation>
    </message>
    <message>
        <source>&amp;Mark as sent</source>
        <translation>&amp;Mark as sent</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Write whom it was sent to.</source>
        <translation>Write whom it was sent to.</translation>
    </message>
</context>
<context>
    <name>Mediation</name>
    <message>
        <source>Fulfilled</source>
        <translation>Fulfilled</translation>
    </message>
    <message>
        <source>Fulfilled late</source>
        <translation>Fulfilled late</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Broken</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Not answered: {item}</source>
        <translation>Not answered: {item}</translation>
    </message>
    <message>
        <source>“{item}” is answered no: write the reason to go on.</source>
        <translation>“{item}” is answered no: write the reason to go on.</translation>
    </message>
    <message>
        <source>Answer “{item}” again: the parties or their consents have changed.</source>
        <translation>Answer “{item}” again: the parties or their consents have changed.</translation>
    </message>
    <message>
        <source>Add the client as a party.</source>
        <translation>Add the client as a party.</translation>
    </message>
    <message>
        <source>Add the other party.</source>
        <translation>Add the other party.</translation>
    </message>
    <message>
        <source>{party} has not consented to mediation.</source>
        <translation>{party} has not consented to mediation.</translation>
    </message>
    <message>
        <source>{party} has withdrawn the consent to mediation.</source>
        <translation>{party} has withdrawn the consent to mediation.</translation>
    </message>
    <message>
        <source>{party} is under 18: add a guardian.</source>
        <translation>{party} is under 18: add a guardian.</translation>
    </message>
    <message>
        <source>No meeting is marked as held.</source>
        <translation>No meeting is marked as held.</translation>
    </message>
    <message>
        <source>The outcome is not an agreement.</source>
        <translation>The outcome is not an agreement.</translation>
    </message>
    <message>
        <source>{term}: choose who does it.</source>
        <translation>{term}: choose who does it.</translation>
    </message>
    <message>
        <source>{term}: write what is to be done.</source>
        <translation>{term}: write what is to be done.</translation>
    </message>
    <message>
        <source>Not every term of the agreement is fulfilled.</source>
        <translation>Not every term of the agreement is fulfilled.</translation>
    </message>
    <message>
        <source>The case cannot be closed before it was referred.</source>
        <translation>The case cannot be closed before it was referred.</translation>
    </message>
    <message>
        <source>{name}: choose the party this person accompanies.</source>
        <translation>{name}: choose the party this person accompanies.</translation>
    </message>
    <message>
        <source>A consent is withdrawn before it was given.</source>
        <translation>A consent is withdrawn before it was given.</translation>
    </message>
    <message>
        <source>Only one party can be the client.</source>
        <translation>Only one party can be the client.</translation>
    </message>
    <message>
        <source>A party that is no longer in the case is named.</source>
        <translation>A party that is no longer in the case is named.</translation>
    </message>
    <message>
        <source>{term}: fill in the date it was followed up.</source>
        <translation>{term}: fill in the date it was followed up.</translation>
    </message>
    <message>
        <source>This step is not possible from the case&apos;s stage.</source>
        <translation>This step is not possible from the case&apos;s stage.</translation>
    </message>
    <message>
        <source>The case is closed. Reopen it first.</source>
        <translation>The case is closed. Reopen it first.</translation>
    </message>
    <message>
        <source>Choose the mediation area.</source>
        <translation>Choose the mediation area.</translation>
    </message>
    <message>
        <source>Record that the client consented to the referral, and when.</source>
        <translation>Record that the client consented to the referral, and when.</translation>
    </message>
    <message>
        <source>Record how the client gave consent to the referral.</source>
        <translation>Record how the client gave consent to the referral.</translation>
    </message>
    <message>
        <source>Fill in the date the agreement was made.</source>
        <translation>Fill in the date the agreement was made.</translation>
    </message>
    <message>
        <source>Add at least one term to the agreement.</source>
        <translation>Add at least one term to the agreement.</translation>
    </message>
    <message>
        <source>Choose why the case is closed.</source>
        <translation>Choose why the case is closed.</translation>
    </message>
    <message>
        <source>Choose the outcome first.</source>
        <translation>Choose the outcome first.</translation>
    </message>
    <message>
        <source>Fill in the date the case was closed.</source>
        <translation>Fill in the date the case was closed.</translation>
    </message>
    <message>
        <source>Something must be filled in: {field}</source>
        <translation>Something must be filled in: {field}</translation>
    </message>
    <message>
        <source>Unknown value “{value}”.</source>
        <translation>Unknown value “{value}”.</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>Term {number}</source>
        <translation>Term {number}</translation>
    </message>
</context>
<context>
    <name>MediationCaseScreen</name>
    <message>
        <source>Stage of the mediation case</source>
        <translation>Stage of the mediation case</translation>
    </message>
    <message>
        <source>Three-year limit</source>
        <translation>Three-year limit</translation>
    </message>
    <message>
        <source>Hate crime warning</source>
        <translation>Hate crime warning</translation>
    </message>
    <message>
        <source>Steps of the mediation case</source>
        <translation>Steps of the mediation case</translation>
    </message>
    <message>
        <source>Close the mediation &amp;case…</source>
        <translation>Close the mediation &amp;case…</translation>
    </message>
    <message>
        <source>Close the mediation case</source>
        <translation>Close the mediation case</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Re&amp;open</translation>
    </message>
    <message>
        <source>Reopen the mediation case</source>
        <translation>Reopen the mediation case</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save mediation case</source>
        <translation>Save mediation case</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close mediation tab</source>
        <translation>Close mediation tab</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Discreet mode: the parties&apos; names, the notes and the terms of this mediation case are hidden.</source>
        <translation>Discreet mode: the parties&apos; names, the notes and the terms of this mediation case are hidden.</translation>
    </message>
    <message>
        <source>&amp;Referral</source>
        <translation>&amp;Referral</translation>
    </message>
    <message>
        <source>Advice case</source>
        <translation>Advice case</translation>
    </message>
    <message>
        <source>Open the advice case</source>
        <translation>Open the advice case</translation>
    </message>
    <message>
        <source>Advice case:</source>
        <translation>Advice case:</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Referred on</translation>
    </message>
    <message>
        <source>Referred &amp;on:</source>
        <translation>Referred &amp;on:</translation>
    </message>
    <message>
        <source>Client&apos;s consent to the referral</source>
        <translation>Client&apos;s consent to the referral</translation>
    </message>
    <message>
        <source>The client&apos;s &amp;consent to the referral:</source>
        <translation>The client&apos;s &amp;consent to the referral:</translation>
    </message>
    <message>
        <source>Mediation area</source>
        <translation>Mediation area</translation>
    </message>
    <message>
        <source>(choose an area)</source>
        <translation>(choose an area)</translation>
    </message>
    <message>
        <source>Mediation &amp;area:</source>
        <translation>Mediation &amp;area:</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <source>Your name: each change of stage records it</source>
        <translation>Your name: each change of stage records it</translation>
    </message>
    <message>
        <source>&amp;Mediator:</source>
        <translation>&amp;Mediator:</translation>
    </message>
    <message>
        <source>A c&amp;riminal case (the agreement gets a two-week cooling-off period)</source>
        <translation>A c&amp;riminal case (the agreement gets a two-week cooling-off period)</translation>
    </message>
    <message>
        <source>Criminal case</source>
        <translation>Criminal case</translation>
    </message>
    <message>
        <source>Note on the referral</source>
        <translation>Note on the referral</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>&amp;Parties</translation>
    </message>
    <message>
        <source>The client and the other party each consent to mediation, and can withdraw it. Add a guardian for a party under 18, and any representative or support person.</source>
        <translation>The client and the other party each consent to mediation, and can withdraw it. Add a guardian for a party under 18, and any representative or support person.</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Under 18</translation>
    </message>
    <message>
        <source>Accompanies</source>
        <translation>Accompanies</translation>
    </message>
    <message>
        <source>Consent to mediation</source>
        <translation>Consent to mediation</translation>
    </message>
    <message>
        <source>S&amp;uitability</source>
        <translation>S&amp;uitability</translation>
    </message>
    <message>
        <source>Facts first: the case is ready for a meeting only when every question is answered. A “no” needs a reason to go on.</source>
        <translation>Facts first: the case is ready for a meeting only when every question is answered. A “no” needs a reason to go on.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>{item}: yes</source>
        <translation>{item}: yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{item}: no</source>
        <translation>{item}: no</translation>
    </message>
    <message>
        <source>{item}: reason</source>
        <translation>{item}: reason</translation>
    </message>
    <message>
        <source>Reason (needed to go on after a no)</source>
        <translation>Reason (needed to go on after a no)</translation>
    </message>
    <message>
        <source>Ready for a meeting?</source>
        <translation>Ready for a meeting?</translation>
    </message>
    <message>
        <source>Mark as ready for a meeting</source>
        <translation>Mark as ready for a meeting</translation>
    </message>
    <message>
        <source>Ready for a meeting</source>
        <translation>Ready for a meeting</translation>
    </message>
    <message>
        <source>Preparatory &amp;talks</source>
        <translation>Preparatory &amp;talks</translation>
    </message>
    <message>
        <source>A talk with each party before any meeting. Many cases are resolved here: close the case with “Resolved in the preparatory talks”.</source>
        <translation>A talk with each party before any meeting. Many cases are resolved here: close the case with “Resolved in the preparatory talks”.</translation>
    </message>
    <message>
        <source>Preparatory talks</source>
        <translation>Preparatory talks</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>With</source>
        <translation>With</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Who took part</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Meeting</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The meeting was &amp;held</source>
        <translation>The meeting was &amp;held</translation>
    </message>
    <message>
        <source>The chosen meeting was held</source>
        <translation>The chosen meeting was held</translation>
    </message>
    <message>
        <source>&amp;Outcome and agreement</source>
        <translation>&amp;Outcome and agreement</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>(no outcome yet)</source>
        <translation>(no outcome yet)</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>O&amp;utcome:</translation>
    </message>
    <message>
        <source>Agreement made on</source>
        <translation>Agreement made on</translation>
    </message>
    <message>
        <source>Agreement made o&amp;n:</source>
        <translation>Agreement made o&amp;n:</translation>
    </message>
    <message>
        <source>Cooling-off period</source>
        <translation>Cooling-off period</translation>
    </message>
    <message>
        <source>Terms of the agreement</source>
        <translation>Terms of the agreement</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Who does what by when:</source>
        <translation>Who does what by when:</translation>
    </message>
    <message>
        <source>Language of the agreement</source>
        <translation>Language of the agreement</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Agreement as &amp;PDF…</source>
        <translation>Agreement as &amp;PDF…</translation>
    </message>
    <message>
        <source>Agreement as &amp;DOCX…</source>
        <translation>Agreement as &amp;DOCX…</translation>
    </message>
    <message>
        <source>&amp;Follow up the agreement</source>
        <translation>&amp;Follow up the agreement</translation>
    </message>
    <message>
        <source>Fo&amp;llow-up</source>
        <translation>Fo&amp;llow-up</translation>
    </message>
    <message>
        <source>Fulfilment of the agreement</source>
        <translation>Fulfilment of the agreement</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Follow up on</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Follow &amp;up…</source>
        <translation>Follow &amp;up…</translation>
    </message>
    <message>
        <source>Follow up the chosen term</source>
        <translation>Follow up the chosen term</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Changes of stage</source>
        <translation>Changes of stage</translation>
    </message>
    <message>
        <source>Mediation case {reference}</source>
        <translation>Mediation case {reference}</translation>
    </message>
    <message>
        <source>Stage: {stage} · Area: {area}</source>
        <translation>Stage: {stage} · Area: {area}</translation>
    </message>
    <message>
        <source>No parties yet.</source>
        <translation>No parties yet.</translation>
    </message>
    <message>
        <source>Answer again: the parties or their consents have changed.</source>
        <translation>Answer again: the parties or their consents have changed.</translation>
    </message>
    <message>
        <source>The case is ready for a meeting.</source>
        <translation>The case is ready for a meeting.</translation>
    </message>
    <message>
        <source>Marked ready, but now: {problems}</source>
        <translation>Marked ready, but now: {problems}</translation>
    </message>
    <message>
        <source>Not ready for a meeting yet: {problems}</source>
        <translation>Not ready for a meeting yet: {problems}</translation>
    </message>
    <message>
        <source>Everything is answered: the case can be marked as ready.</source>
        <translation>Everything is answered: the case can be marked as ready.</translation>
    </message>
    <message>
        <source>No preparatory talks yet.</source>
        <translation>No preparatory talks yet.</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>No meeting planned yet.</source>
        <translation>No meeting planned yet.</translation>
    </message>
    <message>
        <source>Criminal case: each party may withdraw from the agreement within two weeks of signing it, until {date}.</source>
        <translation>Criminal case: each party may withdraw from the agreement within two weeks of signing it, until {date}.</translation>
    </message>
    <message>
        <source>No terms yet.</source>
        <translation>No terms yet.</translation>
    </message>
    <message>
        <source>Terms: {terms} · fulfilled: {fulfilled} · fulfilled late: {late} · broken: {broken} · open: {open} (overdue: {overdue})</source>
        <translation>Terms: {terms} · fulfilled: {fulfilled} · fulfilled late: {late} · broken: {broken} · open: {open} (overdue: {overdue})</translation>
    </message>
    <message>
        <source>No agreement to follow up yet.</source>
        <translation>No agreement to follow up yet.</translation>
    </message>
    <message>
        <source>Each term of the agreement is followed up on its date.</source>
        <translation>Each term of the agreement is followed up on its date.</translation>
    </message>
    <message>
        <source>Closed {date}: {reason}</source>
        <translation>Closed {date}: {reason}</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>Withdrawn {date}</source>
        <translation>Withdrawn {date}</translation>
    </message>
    <message>
        <source>Given {date} ({how})</source>
        <translation>Given {date} ({how})</translation>
    </message>
    <message>
        <source>Write the mediator&apos;s name on the Referral tab: each change of stage records who made it.</source>
        <translation>Write the mediator&apos;s name on the Referral tab: each change of stage records who made it.</translation>
    </message>
    <message>
        <source>Not yet:</source>
        <translation>Not yet:</translation>
    </message>
    <message>
        <source>Choose the meeting in the list.</source>
        <translation>Choose the meeting in the list.</translation>
    </message>
    <message>
        <source>A date cannot be read: write it like {example}.</source>
        <translation>A date cannot be read: write it like {example}.</translation>
    </message>
    <message>
        <source>The mediation case was not saved:</source>
        <translation>The mediation case was not saved:</translation>
    </message>
    <message>
        <source>The agreement cannot be written yet:</source>
        <translation>The agreement cannot be written yet:</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>Save the agreement</source>
        <translation>Save the agreement</translation>
    </message>
    <message>
        <source>Discreet mode: this mediation case is hidden until you show it.</source>
        <translation>Discreet mode: this mediation case is hidden until you show it.</translation>
    </message>
    <message>
        <source>Show this case</source>
        <translation>Show this case</translation>
    </message>
    <message>
        <source>Discreet mode is on, but this case is shown in clear.</source>
        <translation>Discreet mode is on, but this case is shown in clear.</translation>
    </message>
    <message>
        <source>Hide again</source>
        <translation>Hide again</translation>
    </message>
    <message>
        <source>Mediation {reference}</source>
        <translation>Mediation {reference}</translation>
    </message>
    <message>
        <source>This mediation case has changes that are not saved.</source>
        <translation>This mediation case has changes that are not saved.</translation>
    </message>
</context>
<context>
    <name>MediationHook</name>
    <message>
        <source>Refer to mediation</source>
        <translation>Refer to mediation</translation>
    </message>
    <message>
        <source>Open the mediation case</source>
        <translation>Open the mediation case</translation>
    </message>
    <message>
        <source>&amp;Refer to mediation…</source>
        <translation>&amp;Refer to mediation…</translation>
    </message>
    <message>
        <source>Save the case first: a referral points at a saved case.</source>
        <translation>Save the case first: a referral points at a saved case.</translation>
    </message>
    <message>
        <source>The mediation desk keeps the referral, the area and the outcome of this case: change them in the mediation case.</source>
        <translation>The mediation desk keeps the referral, the area and the outcome of this case: change them in the mediation case.</translation>
    </message>
</context>
<context>
    <name>MediationView</name>
    <message>
        <source>Mediation desk (Meglingsbenken)</source>
        <translation>Mediation desk (Meglingsbenken)</translation>
    </message>
    <message>
        <source>Cases referred from the advice desk, from referral to a fulfilled agreement. Refer a case with “Refer to mediation” on its Mediation tab.</source>
        <translation>Cases referred from the advice desk, from referral to a fulfilled agreement. Refer a case with “Refer to mediation” on its Mediation tab.</translation>
    </message>
    <message>
        <source>Filter by stage</source>
        <translation>Filter by stage</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>All stages</translation>
    </message>
    <message>
        <source>Filter by mediation area</source>
        <translation>Filter by mediation area</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>All areas</translation>
    </message>
    <message>
        <source>&amp;Open mediation case</source>
        <translation>&amp;Open mediation case</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>S&amp;tage:</translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation>A&amp;rea:</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Referred</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <source>Open terms</source>
        <translation>Open terms</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>Mediation cases</source>
        <translation>Mediation cases</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Next meetings</source>
        <translation>Next meetings</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Follow up on</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Terms due or overdue</source>
        <translation>Terms due or overdue</translation>
    </message>
    <message>
        <source>Mediation desk status</source>
        <translation>Mediation desk status</translation>
    </message>
    <message>
        <source>Next &amp;meetings</source>
        <translation>Next &amp;meetings</translation>
    </message>
    <message>
        <source>Terms &amp;due or overdue</source>
        <translation>Terms &amp;due or overdue</translation>
    </message>
    <message>
        <source>&amp;Cases by stage</source>
        <translation>&amp;Cases by stage</translation>
    </message>
    <message>
        <source>Ticked as referred, not taken up yet</source>
        <translation>Ticked as referred, not taken up yet</translation>
    </message>
    <message>
        <source>1 mediation case</source>
        <translation>1 mediation case</translation>
    </message>
    <message>
        <source>{n} mediation cases</source>
        <translation>{n} mediation cases</translation>
    </message>
    <message>
        <source>1 referral not taken up yet</source>
        <translation>1 referral not taken up yet</translation>
    </message>
    <message>
        <source>{n} referrals not taken up yet</source>
        <translation>{n} referrals not taken up yet</translation>
    </message>
    <message>
        <source>1 meeting ahead</source>
        <translation>1 meeting ahead</translation>
    </message>
    <message>
        <source>{n} meetings ahead</source>
        <translation>{n} meetings ahead</translation>
    </message>
    <message>
        <source>1 term due</source>
        <translation>1 term due</translation>
    </message>
    <message>
        <source>{n} terms due</source>
        <translation>{n} terms due</translation>
    </message>
    <message>
        <source>{n} overdue</source>
        <translation>{n} overdue</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date} (overdue)</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Mediation meeting</source>
        <translation>Mediation meeting</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Edit meeting</translation>
    </message>
    <message>
        <source>Date of the meeting</source>
        <translation>Date of the meeting</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>(another place, below)</source>
        <translation>(another place, below)</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>Another place</source>
        <translation>Another place</translation>
    </message>
    <message>
        <source>A neutral place: neither party&apos;s premises</source>
        <translation>A neutral place: neither party&apos;s premises</translation>
    </message>
    <message>
        <source>Another p&amp;lace:</source>
        <translation>Another p&amp;lace:</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>P&amp;articipants:</source>
        <translation>P&amp;articipants:</translation>
    </message>
    <message>
        <source>The mediator&apos;s notes</source>
        <translation>The mediator&apos;s notes</translation>
    </message>
    <message>
        <source>The mediator&apos;s &amp;notes:</source>
        <translation>The mediator&apos;s &amp;notes:</translation>
    </message>
    <message>
        <source>Choose a place or write where the meeting is.</source>
        <translation>Choose a place or write where the meeting is.</translation>
    </message>
</context>
<context>
    <name>MergeOffices</name>
    <message>
        <source>The offices&apos; count files</source>
        <translation>The offices&apos; count files</translation>
    </message>
    <message>
        <source>Merged summary</source>
        <translation>Merged summary</translation>
    </message>
    <message>
        <source>Save the merged summary</source>
        <translation>Save the merged summary</translation>
    </message>
    <message>
        <source>dime-statistics-{year}-offices.pdf</source>
        <translation>dime-statistics-{year}-offices.pdf</translation>
    </message>
    <message>
        <source>Merged summary saved</source>
        <translation>Merged summary saved</translation>
    </message>
    <message>
        <source>Saved {path}, made from the offices {offices}.</source>
        <translation>Saved {path}, made from the offices {offices}.</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation>New recovery key</translation>
    </message>
    <message>
        <source>A new recovery key replaces the old one: the old key stops working at once. Make a new one when the sheet is lost or someone may have seen it. Type the passphrase to go on.</source>
        <translation>A new recovery key replaces the old one: the old key stops working at once. Make a new one when the sheet is lost or someone may have seen it. Type the passphrase to go on.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Make a new recovery key</source>
        <translation>&amp;Make a new recovery key</translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation>Make a new recovery key</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Your new recovery key</source>
        <translation>Your new recovery key</translation>
    </message>
    <message>
        <source>Write it down or print it now and keep the sheet locked away – it is shown only this once. The old recovery key no longer opens the vault.</source>
        <translation>Write it down or print it now and keep the sheet locked away – it is shown only this once. The old recovery key no longer opens the vault.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Making a new recovery key…</source>
        <translation>Making a new recovery key…</translation>
    </message>
</context>
<context>
    <name>OutreachDialog</name>
    <message>
        <source>New outreach activity</source>
        <translation>New outreach activity</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>Edit activity</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Date with calendar</source>
        <translation>Date with calendar</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>Kind of activity</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>e.g. Course on recognising discrimination</source>
        <translation>e.g. Course on recognising discrimination</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Organiser or audience</source>
        <translation>Organiser or audience</translation>
    </message>
    <message>
        <source>An organisation or group, never a client</source>
        <translation>An organisation or group, never a client</translation>
    </message>
    <message>
        <source>&amp;Organiser or audience:</source>
        <translation>&amp;Organiser or audience:</translation>
    </message>
    <message>
        <source>Number of participants</source>
        <translation>Number of participants</translation>
    </message>
    <message>
        <source>Leave empty if not counted</source>
        <translation>Leave empty if not counted</translation>
    </message>
    <message>
        <source>&amp;Approximate (ca.)</source>
        <translation>&amp;Approximate (ca.)</translation>
    </message>
    <message>
        <source>The number of participants is approximate</source>
        <translation>The number of participants is approximate</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Participants:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save activity</source>
        <translation>Save activity</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choose the date of the activity.</source>
        <translation>Choose the date of the activity.</translation>
    </message>
    <message>
        <source>Write a title, e.g. the name of the course.</source>
        <translation>Write a title, e.g. the name of the course.</translation>
    </message>
    <message>
        <source>Write the number of participants as a whole number (0 or more), or leave it empty.</source>
        <translation>Write the number of participants as a whole number (0 or more), or leave it empty.</translation>
    </message>
    <message>
        <source>Write the approximate number, or untick “ca.”.</source>
        <translation>Write the approximate number, or untick “ca.”.</translation>
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
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Organiser or audience</source>
        <translation>Organiser or audience</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
</context>
<context>
    <name>OutreachView</name>
    <message>
        <source>Outreach log</source>
        <translation>Outreach log</translation>
    </message>
    <message>
        <source>Courses, talks, stands at events and media coverage, for the yearly summary. Write organisations or groups, never clients.</source>
        <translation>Courses, talks, stands at events and media coverage, for the yearly summary. Write organisations or groups, never clients.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Summary of the year</source>
        <translation>Summary of the year</translation>
    </message>
    <message>
        <source>&amp;New activity…</source>
        <translation>&amp;New activity…</translation>
    </message>
    <message>
        <source>New outreach activity</source>
        <translation>New outreach activity</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Edit the chosen activity</source>
        <translation>Edit the chosen activity</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Delete the chosen activity</source>
        <translation>Delete the chosen activity</translation>
    </message>
    <message>
        <source>Outreach activities</source>
        <translation>Outreach activities</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Activities: {count}   Participants: {participants}</source>
        <translation>Activities: {count}   Participants: {participants}</translation>
    </message>
    <message>
        <source>Nothing logged for this year yet. Choose “New activity…” to add one.</source>
        <translation>Nothing logged for this year yet. Choose “New activity…” to add one.</translation>
    </message>
    <message>
        <source>Nothing logged yet. Choose “New activity…” to add one.</source>
        <translation>Nothing logged yet. Choose “New activity…” to add one.</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Delete activity</translation>
    </message>
    <message>
        <source>Delete “{title}” ({date}) from the outreach log?</source>
        <translation>Delete “{title}” ({date}) from the outreach log?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>This cannot be undone.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Keep</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Edit party</source>
        <translation>Edit party</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>An &amp;organisation (a business, a school, a body)</source>
        <translation>An &amp;organisation (a business, a school, a body)</translation>
    </message>
    <message>
        <source>An organisation</source>
        <translation>An organisation</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>Contact &amp;person:</translation>
    </message>
    <message>
        <source>Phone or e-mail</source>
        <translation>Phone or e-mail</translation>
    </message>
    <message>
        <source>Phone or e-&amp;mail:</source>
        <translation>Phone or e-&amp;mail:</translation>
    </message>
    <message>
        <source>&amp;Under 18 (a guardian signs too)</source>
        <translation>&amp;Under 18 (a guardian signs too)</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Under 18</translation>
    </message>
    <message>
        <source>Accompanies</source>
        <translation>Accompanies</translation>
    </message>
    <message>
        <source>(choose the party)</source>
        <translation>(choose the party)</translation>
    </message>
    <message>
        <source>&amp;Accompanies:</source>
        <translation>&amp;Accompanies:</translation>
    </message>
    <message>
        <source>Consent to mediation</source>
        <translation>Consent to mediation</translation>
    </message>
    <message>
        <source>&amp;Consent to mediation:</source>
        <translation>&amp;Consent to mediation:</translation>
    </message>
    <message>
        <source>Choose the party this person accompanies.</source>
        <translation>Choose the party this person accompanies.</translation>
    </message>
    <message>
        <source>The case already has a client.</source>
        <translation>The case already has a client.</translation>
    </message>
    <message>
        <source>Choose how the consent was given.</source>
        <translation>Choose how the consent was given.</translation>
    </message>
</context>
<context>
    <name>PassphrasePair</name>
    <message>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <source>S&amp;how the passphrase</source>
        <translation>S&amp;how the passphrase</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Show the passphrase</translation>
    </message>
    <message>
        <source>Why the passphrase cannot be used</source>
        <translation>Why the passphrase cannot be used</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <source>Use at least 15 characters, for example four or five ordinary words with spaces between.</source>
        <translation>Use at least 15 characters, for example four or five ordinary words with spaces between.</translation>
    </message>
    <message>
        <source>Now type the same passphrase again.</source>
        <translation>Now type the same passphrase again.</translation>
    </message>
    <message>
        <source>✓ The passphrase can be used.</source>
        <translation>✓ The passphrase can be used.</translation>
    </message>
</context>
<context>
    <name>RecoveryKey</name>
    <message>
        <source>The recovery key is not written down</source>
        <translation>The recovery key is not written down</translation>
    </message>
    <message>
        <source>The recovery key is shown only now. Without it and without the passphrase nobody can open the register. Write it down or print it before you close.</source>
        <translation>The recovery key is shown only now. Without it and without the passphrase nobody can open the register. Write it down or print it before you close.</translation>
    </message>
    <message>
        <source>If you close now, make a new recovery key later: Tools → New recovery key.</source>
        <translation>If you close now, make a new recovery key later: Tools → New recovery key.</translation>
    </message>
    <message>
        <source>Back to the key</source>
        <translation>Back to the key</translation>
    </message>
    <message>
        <source>Close without it</source>
        <translation>Close without it</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Print the recovery key</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>Save the recovery key as PDF</source>
        <translation>Save the recovery key as PDF</translation>
    </message>
    <message>
        <source>I have &amp;written down or printed the recovery key</source>
        <translation>I have &amp;written down or printed the recovery key</translation>
    </message>
    <message>
        <source>I have written down or printed the recovery key</source>
        <translation>I have written down or printed the recovery key</translation>
    </message>
    <message>
        <source>recovery-key.pdf</source>
        <translation>recovery-key.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {path}. Print it, then delete the file – a key on this computer does not protect against losing the computer.</source>
        <translation>Saved to {path}. Print it, then delete the file – a key on this computer does not protect against losing the computer.</translation>
    </message>
</context>
<context>
    <name>RetentionView</name>
    <message>
        <source>Retention and deletion</source>
        <translation>Retention and deletion</translation>
    </message>
    <message>
        <source>How long cases are kept</source>
        <translation>How long cases are kept</translation>
    </message>
    <message>
        <source>Advice desk, years after closing</source>
        <translation>Advice desk, years after closing</translation>
    </message>
    <message>
        <source>Mediation desk, years after closing</source>
        <translation>Mediation desk, years after closing</translation>
    </message>
    <message>
        <source>Access log, years</source>
        <translation>Access log, years</translation>
    </message>
    <message>
        <source>&amp;Advice desk:</source>
        <translation>&amp;Advice desk:</translation>
    </message>
    <message>
        <source>&amp;Mediation desk:</source>
        <translation>&amp;Mediation desk:</translation>
    </message>
    <message>
        <source>Access &amp;log:</source>
        <translation>Access &amp;log:</translation>
    </message>
    <message>
        <source>State of the rules</source>
        <translation>State of the rules</translation>
    </message>
    <message>
        <source>&amp;Confirm the rules</source>
        <translation>&amp;Confirm the rules</translation>
    </message>
    <message>
        <source>Confirm the rules</source>
        <translation>Confirm the rules</translation>
    </message>
    <message>
        <source>Due for deletion</source>
        <translation>Due for deletion</translation>
    </message>
    <message>
        <source>Cases due for deletion</source>
        <translation>Cases due for deletion</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>Tick &amp;all</translation>
    </message>
    <message>
        <source>&amp;Delete the ticked cases…</source>
        <translation>&amp;Delete the ticked cases…</translation>
    </message>
    <message>
        <source>Delete the ticked cases</source>
        <translation>Delete the ticked cases</translation>
    </message>
    <message>
        <source> years</source>
        <translation> years</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>Confirmed on {date} by {who}.</source>
        <translation>Confirmed on {date} by {who}.</translation>
    </message>
    <message>
        <source>&amp;Save the rules</source>
        <translation>&amp;Save the rules</translation>
    </message>
    <message>
        <source>These are the defaults. The coordinator confirms them (or other numbers) before any case is listed as due.</source>
        <translation>These are the defaults. The coordinator confirms them (or other numbers) before any case is listed as due.</translation>
    </message>
    <message>
        <source>Confirm the rules first.</source>
        <translation>Confirm the rules first.</translation>
    </message>
    <message>
        <source>No case is due for deletion.</source>
        <translation>No case is due for deletion.</translation>
    </message>
    <message>
        <source>1 case is due.</source>
        <translation>1 case is due.</translation>
    </message>
    <message>
        <source>{n} cases are due.</source>
        <translation>{n} cases are due.</translation>
    </message>
</context>
<context>
    <name>RotateKeyDialog</name>
    <message>
        <source>Change the vault key</source>
        <translation>Change the vault key</translation>
    </message>
    <message>
        <source>Changing the vault key encrypts the whole vault, and the backups within reach, again with a new key. Do it when the passphrase, the recovery key or a copy of the vault folder may be known to someone else: afterwards no earlier copy of the key file opens the vault, whatever passphrase it was made with.</source>
        <translation>Changing the vault key encrypts the whole vault, and the backups within reach, again with a new key. Do it when the passphrase, the recovery key or a copy of the vault folder may be known to someone else: afterwards no earlier copy of the key file opens the vault, whatever passphrase it was made with.</translation>
    </message>
    <message>
        <source>• You get a new recovery key to write down; the old one stops working.
• Your passphrase stays the same. If someone may know it, change it too (Tools → Change passphrase).
• In a large vault with many backups this takes some minutes; the register cannot be used meanwhile. Keep the computer switched on.</source>
        <translation>• You get a new recovery key to write down; the old one stops working.
• Your passphrase stays the same. If someone may know it, change it too (Tools → Change passphrase).
• In a large vault with many backups this takes some minutes; the register cannot be used meanwhile. Keep the computer switched on.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>C&amp;hange the vault key…</source>
        <translation>C&amp;hange the vault key…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Key change</source>
        <translation>Key change</translation>
    </message>
    <message>
        <source>Encrypting again</source>
        <translation>Encrypting again</translation>
    </message>
    <message>
        <source>Notes on the backups</source>
        <translation>Notes on the backups</translation>
    </message>
    <message>
        <source>Your new recovery key</source>
        <translation>Your new recovery key</translation>
    </message>
    <message>
        <source>Write it down or print it now and keep the sheet locked away – it is shown only this once. The old recovery key no longer opens the vault.</source>
        <translation>Write it down or print it now and keep the sheet locked away – it is shown only this once. The old recovery key no longer opens the vault.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Change the vault key now? The vault and its backups are encrypted again and you get a new recovery key. This cannot be undone.</source>
        <translation>Change the vault key now? The vault and its backups are encrypted again and you get a new recovery key. This cannot be undone.</translation>
    </message>
    <message>
        <source>Change the key</source>
        <translation>Change the key</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Checking the passphrase…</translation>
    </message>
    <message>
        <source>Encrypting the vault and its backups again with a new key… Keep the computer switched on. Write down the new recovery key meanwhile.</source>
        <translation>Encrypting the vault and its backups again with a new key… Keep the computer switched on. Write down the new recovery key meanwhile.</translation>
    </message>
    <message>
        <source>The vault has a new key. No earlier copy of the key file and not the old recovery key opens it now; your passphrase is the same.</source>
        <translation>The vault has a new key. No earlier copy of the key file and not the old recovery key opens it now; your passphrase is the same.</translation>
    </message>
    <message>
        <source>The vault key was not changed; the vault is as it was.</source>
        <translation>The vault key was not changed; the vault is as it was.</translation>
    </message>
    <message>
        <source>The new recovery key below is valid: write it down.</source>
        <translation>The new recovery key below is valid: write it down.</translation>
    </message>
</context>
<context>
    <name>SectionBox</name>
    <message>
        <source>Fill in from the case again</source>
        <translation>Fill in from the case again</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>{heading} (one line to sign per line)</source>
        <translation>{heading} (one line to sign per line)</translation>
    </message>
    <message>
        <source>Each line becomes a line to sign on.</source>
        <translation>Each line becomes a line to sign on.</translation>
    </message>
    <message>
        <source>Edited by you – no longer follows the case.</source>
        <translation>Edited by you – no longer follows the case.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>A new language is used the next time you start.</source>
        <translation>A new language is used the next time you start.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>Lock after minutes without use</translation>
    </message>
    <message>
        <source>Lock &amp;after no use for:</source>
        <translation>Lock &amp;after no use for:</translation>
    </message>
    <message>
        <source>Start in &amp;discreet mode (hide client names)</source>
        <translation>Start in &amp;discreet mode (hide client names)</translation>
    </message>
    <message>
        <source>Start in discreet mode</source>
        <translation>Start in discreet mode</translation>
    </message>
    <message>
        <source>Hide counts below</source>
        <translation>Hide counts below</translation>
    </message>
    <message>
        <source>&amp;Hide counts below:</source>
        <translation>&amp;Hide counts below:</translation>
    </message>
    <message>
        <source>In statistics that leave the program (PDF, print, CSV, XLSX).</source>
        <translation>In statistics that leave the program (PDF, print, CSV, XLSX).</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Vault folder</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>Choose vault folder</source>
        <translation>Choose vault folder</translation>
    </message>
    <message>
        <source>&amp;Vault folder:</source>
        <translation>&amp;Vault folder:</translation>
    </message>
    <message>
        <source>A different vault folder is opened after the next lock.</source>
        <translation>A different vault folder is opened after the next lock.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StatTableModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Save summary as PDF…</source>
        <translation>Save summary as PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>Export XLSX…</translation>
    </message>
    <message>
        <source>Several offices…</source>
        <translation>Several offices…</translation>
    </message>
    <message>
        <source>A merged summary with the offices&apos; count files</source>
        <translation>A merged summary with the offices&apos; count files</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>No cases yet.</source>
        <translation>No cases yet.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>1 case</translation>
    </message>
    <message>
        <source>{n} cases</source>
        <translation>{n} cases</translation>
    </message>
    <message>
        <source>{cases}, {referred} sent to mediation</source>
        <translation>{cases}, {referred} sent to mediation</translation>
    </message>
    <message>
        <source>CSV with semicolons, for Norwegian spreadsheets (*.csv)</source>
        <translation>CSV with semicolons, for Norwegian spreadsheets (*.csv)</translation>
    </message>
    <message>
        <source>CSV with commas (*.csv)</source>
        <translation>CSV with commas (*.csv)</translation>
    </message>
    <message>
        <source>Save summary as PDF</source>
        <translation>Save summary as PDF</translation>
    </message>
    <message>
        <source>dime-statistics-{year}.pdf</source>
        <translation>dime-statistics-{year}.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Making the summary…</source>
        <translation>Making the summary…</translation>
    </message>
    <message>
        <source>Excel files (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>dime-statistics-{year}</source>
        <translation>dime-statistics-{year}</translation>
    </message>
    <message>
        <source>Export tables</source>
        <translation>Export tables</translation>
    </message>
    <message>
        <source>Print the summary</source>
        <translation>Print the summary</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
</context>
<context>
    <name>SubjectExportDialog</name>
    <message>
        <source>The person&apos;s own copy</source>
        <translation>The person&apos;s own copy</translation>
    </message>
    <message>
        <source>A copy of everything the vault holds about the client, as a PDF with a cover letter (GDPR article 15) and a JSON file. The request gets a follow-up due one month after it came.</source>
        <translation>A copy of everything the vault holds about the client, as a PDF with a cover letter (GDPR article 15) and a JSON file. The request gets a follow-up due one month after it came.</translation>
    </message>
    <message>
        <source>Cases of this client</source>
        <translation>Cases of this client</translation>
    </message>
    <message>
        <source>{reference} (opened {date})</source>
        <translation>{reference} (opened {date})</translation>
    </message>
    <message>
        <source>Include data about &amp;others (the other party, witnesses)</source>
        <translation>Include data about &amp;others (the other party, witnesses)</translation>
    </message>
    <message>
        <source>Include data about others</source>
        <translation>Include data about others</translation>
    </message>
    <message>
        <source>Include the &amp;evidence files</source>
        <translation>Include the &amp;evidence files</translation>
    </message>
    <message>
        <source>Include the evidence files</source>
        <translation>Include the evidence files</translation>
    </message>
    <message>
        <source>Request received</source>
        <translation>Request received</translation>
    </message>
    <message>
        <source>Language of the copy</source>
        <translation>Language of the copy</translation>
    </message>
    <message>
        <source>Cases of this &amp;client:</source>
        <translation>Cases of this &amp;client:</translation>
    </message>
    <message>
        <source>1 other case has the same name or contact details: tick it to include it in the copy.</source>
        <translation>1 other case has the same name or contact details: tick it to include it in the copy.</translation>
    </message>
    <message>
        <source>{n} other cases have the same name or contact details: tick those to include in the copy.</source>
        <translation>{n} other cases have the same name or contact details: tick those to include in the copy.</translation>
    </message>
    <message>
        <source>Request &amp;received:</source>
        <translation>Request &amp;received:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Make the copy…</source>
        <translation>&amp;Make the copy…</translation>
    </message>
    <message>
        <source>Make the copy</source>
        <translation>Make the copy</translation>
    </message>
    <message>
        <source>This is not a valid date.</source>
        <translation>This is not a valid date.</translation>
    </message>
    <message>
        <source>Where should the copy go?</source>
        <translation>Where should the copy go?</translation>
    </message>
    <message>
        <source>Making the copy…</source>
        <translation>Making the copy…</translation>
    </message>
    <message>
        <source>The copy is in {folder}.

It has left the vault: keep it safe and give it only to the person. A follow-up reminds you to send it by {due}.</source>
        <translation>The copy is in {folder}.

It has left the vault: keep it safe and give it only to the person. A follow-up reminds you to send it by {due}.</translation>
    </message>
</context>
<context>
    <name>TalkDialog</name>
    <message>
        <source>Preparatory talk</source>
        <translation>Preparatory talk</translation>
    </message>
    <message>
        <source>Edit preparatory talk</source>
        <translation>Edit preparatory talk</translation>
    </message>
    <message>
        <source>Date of the talk</source>
        <translation>Date of the talk</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Talk with</source>
        <translation>Talk with</translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation>&amp;With:</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Who took part</translation>
    </message>
    <message>
        <source>e.g. the client, her sister, the mediator</source>
        <translation>e.g. the client, her sister, the mediator</translation>
    </message>
    <message>
        <source>Who took &amp;part:</source>
        <translation>Who took &amp;part:</translation>
    </message>
    <message>
        <source>Notes of the talk</source>
        <translation>Notes of the talk</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Write a note of what was said.</source>
        <translation>Write a note of what was said.</translation>
    </message>
</context>
<context>
    <name>TermDialog</name>
    <message>
        <source>Term of the agreement</source>
        <translation>Term of the agreement</translation>
    </message>
    <message>
        <source>Kind of term</source>
        <translation>Kind of term</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Who does it</translation>
    </message>
    <message>
        <source>(choose who)</source>
        <translation>(choose who)</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Who:</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>What is to be done</translation>
    </message>
    <message>
        <source>W&amp;hat:</source>
        <translation>W&amp;hat:</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>By when</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;By:</translation>
    </message>
    <message>
        <source>Choose who does it.</source>
        <translation>Choose who does it.</translation>
    </message>
    <message>
        <source>Write what is to be done.</source>
        <translation>Write what is to be done.</translation>
    </message>
</context>
<context>
    <name>UnlockWidget</name>
    <message>
        <source>Your name</source>
        <extracomment>the window was closed while the vault was still closing (the app quits after)</extracomment>
        <translation>Your name</translation>
    </message>
    <message>
        <source>For the access log</source>
        <translation>For the access log</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>DiMe Desktop is locked</source>
        <translation>DiMe Desktop is locked</translation>
    </message>
    <message>
        <source>Why the app locked</source>
        <translation>Why the app locked</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Choose another &amp;folder…</source>
        <translation>Choose another &amp;folder…</translation>
    </message>
    <message>
        <source>Choose another vault folder</source>
        <translation>Choose another vault folder</translation>
    </message>
    <message>
        <source>Create a &amp;new vault…</source>
        <translation>Create a &amp;new vault…</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>Create a new vault</translation>
    </message>
    <message>
        <source>Open the &amp;backups folder</source>
        <translation>Open the &amp;backups folder</translation>
    </message>
    <message>
        <source>Open the backups folder</source>
        <translation>Open the backups folder</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Backup under way</source>
        <translation>Backup under way</translation>
    </message>
    <message>
        <source>A backup of the vault is being made. You can type your passphrase meanwhile; the vault opens when the backup is done.</source>
        <translation>A backup of the vault is being made. You can type your passphrase meanwhile; the vault opens when the backup is done.</translation>
    </message>
    <message>
        <source>Closing the vault…</source>
        <translation>Closing the vault…</translation>
    </message>
    <message>
        <source>The backup on lock failed; the earlier backups were kept.</source>
        <translation>The backup on lock failed; the earlier backups were kept.</translation>
    </message>
    <message>
        <source>The backup is made and verified.</source>
        <translation>The backup is made and verified.</translation>
    </message>
    <message>
        <source>DiMe Desktop closes as soon as the backup of the vault is done.</source>
        <translation>DiMe Desktop closes as soon as the backup of the vault is done.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Re&amp;member on this device</source>
        <translation>Re&amp;member on this device</translation>
    </message>
    <message>
        <source>Remember on this device</source>
        <translation>Remember on this device</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the passphrase cannot be remembered here.</source>
        <translation>This computer has no keychain, so the passphrase cannot be remembered here.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Use &amp;recovery key</source>
        <translation>Use &amp;recovery key</translation>
    </message>
    <message>
        <source>Use recovery key</source>
        <translation>Use recovery key</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <source>Type the recovery key from the sheet you printed or wrote down when the vault was made. You will then choose a new passphrase.</source>
        <translation>Type the recovery key from the sheet you printed or wrote down when the vault was made. You will then choose a new passphrase.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>Recovery &amp;key:</translation>
    </message>
    <message>
        <source>Unlock with the recovery key</source>
        <translation>Unlock with the recovery key</translation>
    </message>
    <message>
        <source>&amp;Back to the passphrase</source>
        <translation>&amp;Back to the passphrase</translation>
    </message>
    <message>
        <source>Back to the passphrase</source>
        <translation>Back to the passphrase</translation>
    </message>
    <message>
        <source>The vault is open with the recovery key. Choose a new passphrase now; the old one no longer works afterwards.</source>
        <translation>The vault is open with the recovery key. Choose a new passphrase now; the old one no longer works afterwards.</translation>
    </message>
    <message>
        <source>&amp;Save the new passphrase</source>
        <translation>&amp;Save the new passphrase</translation>
    </message>
    <message>
        <source>Save the new passphrase</source>
        <translation>Save the new passphrase</translation>
    </message>
    <message>
        <source>Backup warning</source>
        <translation>Backup warning</translation>
    </message>
    <message>
        <source>Vault: {path}</source>
        <translation>Vault: {path}</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <source>Unlocking with the recovery key…</source>
        <translation>Unlocking with the recovery key…</translation>
    </message>
    <message>
        <source>Saving the new passphrase…</source>
        <translation>Saving the new passphrase…</translation>
    </message>
    <message>
        <source>The vault opens as soon as the backup is done…</source>
        <translation>The vault opens as soon as the backup is done…</translation>
    </message>
    <message>
        <source>Choose the vault folder</source>
        <translation>Choose the vault folder</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>Save them before closing?</source>
        <translation>Save them before closing?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Discard changes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify the vault</source>
        <translation>Verify the vault</translation>
    </message>
    <message>
        <source>Checking every page of the vault…</source>
        <translation>Checking every page of the vault…</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Result of the check</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Checking</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The vault is intact: the key file and every page of the database were read and checked.</source>
        <translation>The vault is intact: the key file and every page of the database were read and checked.</translation>
    </message>
    <message>
        <source>The check found 1 problem:</source>
        <translation>The check found 1 problem:</translation>
    </message>
    <message>
        <source>The check found {n} problems:</source>
        <translation>The check found {n} problems:</translation>
    </message>
    <message>
        <source>Lock the app and restore the vault from a backup before you go on working.</source>
        <translation>Lock the app and restore the vault from a backup before you go on working.</translation>
    </message>
</context>
<context>
    <name>WitnessModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Contact (phone, e-mail)</source>
        <translation>Contact (phone, e-mail)</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>The client agrees that we keep this witness&apos;s contact details.</source>
        <translation>The client agrees that we keep this witness&apos;s contact details.</translation>
    </message>
</context>
<context>
    <name>WitnessTable</name>
    <message>
        <source>Witnesses</source>
        <translation>Witnesses</translation>
    </message>
    <message>
        <source>Add &amp;witness</source>
        <translation>Add &amp;witness</translation>
    </message>
    <message>
        <source>Add witness</source>
        <translation>Add witness</translation>
    </message>
    <message>
        <source>Remove witness</source>
        <translation>Remove witness</translation>
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
        <translation>Cancel</translation>
    </message>
    <message>
        <source>A date cannot be read: write it like {example}.</source>
        <translation>A date cannot be read: write it like {example}.</translation>
    </message>
</context>
</TS>
