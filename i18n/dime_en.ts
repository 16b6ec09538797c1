<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
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
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Clear date</source>
        <translation>Clear date</translation>
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
        <source>Nothing was imported from {file}. Fix these {count} problem(s) in the file and import it again:</source>
        <translation>Nothing was imported from {file}. Fix these {count} problem(s) in the file and import it again:</translation>
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
</context>
</TS>
