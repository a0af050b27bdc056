<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Paydesk</source>
        <translation>Om Paydesk</translation>
    </message>
    <message>
        <source>&lt;h2 style=&apos;margin:0&apos;&gt;Paydesk&lt;/h2&gt;&lt;p style=&apos;margin:0&apos;&gt;Version {label}&lt;/p&gt;&lt;p style=&apos;margin:0&apos;&gt;Payment links and transactions for Dintero Checkout.&lt;/p&gt;</source>
        <translation>&lt;h2 style=&apos;margin:0&apos;&gt;Paydesk&lt;/h2&gt;&lt;p style=&apos;margin:0&apos;&gt;Version {label}&lt;/p&gt;&lt;p style=&apos;margin:0&apos;&gt;Betallänkar och transaktioner för Dintero Checkout.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Libraries included, with their licences&lt;/b&gt;</source>
        <translation>&lt;b&gt;Medföljande bibliotek och deras licenser&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Libraries included, with their licences</source>
        <translation>Medföljande bibliotek och deras licenser</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliotek</translation>
    </message>
    <message>
        <source>Version</source>
        <extracomment>The rows&apos; labels as the window shows them; *Copy* keeps the English ones, for support.</extracomment>
        <translation>Version</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Operativsystem</translation>
    </message>
    <message>
        <source>Built</source>
        <translation>Byggd</translation>
    </message>
    <message>
        <source>Installed app</source>
        <translation>Installerat program</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datamapp</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Loggmapp</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licens</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>Copy version and folders, to send to support</source>
        <translation>Kopiera version och mappar för att skicka till supporten</translation>
    </message>
</context>
<context>
    <name>Account</name>
    <message>
        <source>{capitalize} must be text</source>
        <translation>{capitalize} måste vara text</translation>
    </message>
    <message>
        <source>Give the account a name</source>
        <translation>Ge kontot ett namn</translation>
    </message>
    <message>
        <source>Account id must be T or P followed by 8 digits</source>
        <translation>Konto-id måste vara T eller P följt av 8 siffror</translation>
    </message>
    <message>
        <source>Enter the client id of the API client</source>
        <translation>Ange API-klientens klient-id</translation>
    </message>
    <message>
        <source>Client id cannot contain spaces or &apos;:&apos;</source>
        <translation>Klient-id får inte innehålla mellanslag eller &apos;:&apos;</translation>
    </message>
    <message>
        <source>Enter a checkout profile id (usually &apos;default&apos;)</source>
        <translation>Ange ett checkout-profil-id (oftast &apos;default&apos;)</translation>
    </message>
    <message>
        <source>Return URL</source>
        <translation>Retur-URL</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>Callback-URL</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Bas-URL</translation>
    </message>
    <message>
        <source>{label} must be text</source>
        <translation>{label} måste vara text</translation>
    </message>
    <message>
        <source>Unknown currency {currency!r}</source>
        <translation>Okänd valuta {currency!r}</translation>
    </message>
    <message>
        <source>Orders API setting must be on or off</source>
        <translation>Inställningen för Orders API måste vara på eller av</translation>
    </message>
    <message>
        <source>The shop name and organisation number must be text</source>
        <translation>Butiksnamnet och organisationsnumret måste vara text</translation>
    </message>
    <message>
        <source>Account key must be a non-empty letters-and-digits id</source>
        <translation>Kontonyckeln måste vara ett id av bokstäver och siffror</translation>
    </message>
    <message>
        <source>Callback URL must start with https:// on a production account</source>
        <translation>Callback-URL:en måste börja med https:// på ett produktionskonto</translation>
    </message>
    <message>
        <source>Callback URL must be a public address Dintero can reach, not a local or example one</source>
        <translation>Callback-URL:en måste vara en offentlig adress som Dintero kan nå, inte en lokal adress eller en exempeladress</translation>
    </message>
    <message>
        <source>Return URL must be the shop&apos;s own page on a production account, not an example address</source>
        <translation>Retur-URL:en måste vara butikens egen sida på ett produktionskonto, inte en exempeladress</translation>
    </message>
    <message>
        <source>Enter the client secret of the API client</source>
        <translation>Ange API-klientens klienthemlighet</translation>
    </message>
    <message>
        <source>Enter the client secret for the changed client id</source>
        <translation>Ange klienthemligheten för det ändrade klient-id:t</translation>
    </message>
    <message>
        <source>{failure} The client secret typed for it is still in the system keychain (service &quot;{service}&quot;, entry &quot;{entry}&quot;) and could not be taken back: {reason}</source>
        <translation>{failure} Klienthemligheten som angavs för det finns kvar i systemets nyckelring (tjänst ”{service}”, post ”{entry}”) och kunde inte tas tillbaka: {reason}</translation>
    </message>
    <message>
        <source>The account “{name}” was removed, but its client secret could not be deleted from the system keychain (service &quot;{service}&quot;, entry &quot;{entry}&quot;): {reason} Delete that entry in the keychain, or it stays there unused.</source>
        <translation>Kontot ”{name}” togs bort, men klienthemligheten kunde inte raderas från systemets nyckelring (tjänst ”{service}”, post ”{entry}”): {reason} Radera den posten i nyckelringen, annars ligger den kvar oanvänd.</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <source>Paste the client secret</source>
        <translation>Klistra in klienthemligheten</translation>
    </message>
    <message>
        <source>Saved in the system keychain — type a new one to replace it</source>
        <translation>Sparad i systemets nyckelring – skriv en ny för att ersätta den</translation>
    </message>
    <message>
        <source>My shop (test)</source>
        <translation>Min butik (test)</translation>
    </message>
    <message>
        <source>T12345678 for test, P12345678 for production</source>
        <translation>T12345678 för test, P12345678 för produktion</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>valfritt</translation>
    </message>
    <message>
        <source>optional: only for a local sandbox</source>
        <translation>valfritt: bara för en lokal sandlåda</translation>
    </message>
    <message>
        <source>Record payments in Dintero&apos;s Orders API</source>
        <translation>Registrera betalningar i Dinteros Orders API</translation>
    </message>
    <message>
        <source>as printed on receipts (the name above if empty)</source>
        <translation>som det står på kvitton (namnet ovan om tomt)</translation>
    </message>
    <message>
        <source>printed on receipts, e.g. 987 654 321</source>
        <translation>står på kvitton, t.ex. 556677-8899</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontonamn</translation>
    </message>
    <message>
        <source>Account &amp;id</source>
        <translation>Konto-&amp;id</translation>
    </message>
    <message>
        <source>Account id</source>
        <translation>Konto-id</translation>
    </message>
    <message>
        <source>&amp;Client id</source>
        <translation>&amp;Klient-id</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Klient-id</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Klienthemlighet</translation>
    </message>
    <message>
        <source>Client s&amp;ecret</source>
        <translation>Klient&amp;hemlighet</translation>
    </message>
    <message>
        <source>&amp;Profile id</source>
        <translation>&amp;Profil-id</translation>
    </message>
    <message>
        <source>Checkout profile id</source>
        <translation>Checkout-profil-id</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Valuta</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>Standardvaluta</translation>
    </message>
    <message>
        <source>&amp;Return URL</source>
        <translation>&amp;Retur-URL</translation>
    </message>
    <message>
        <source>Return URL</source>
        <translation>Retur-URL</translation>
    </message>
    <message>
        <source>Call&amp;back URL</source>
        <translation>&amp;Callback-URL</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>Callback-URL</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Bas-URL</translation>
    </message>
    <message>
        <source>Base UR&amp;L</source>
        <translation>&amp;Bas-URL</translation>
    </message>
    <message>
        <source>Orders API</source>
        <translation>Orders API</translation>
    </message>
    <message>
        <source>S&amp;hop name</source>
        <translation>B&amp;utiksnamn</translation>
    </message>
    <message>
        <source>Shop name on receipts</source>
        <translation>Butiksnamn på kvitton</translation>
    </message>
    <message>
        <source>&amp;Organisation no.</source>
        <translation>&amp;Org.nr</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Miljö</translation>
    </message>
    <message>
        <source>PRODUCTION — real money</source>
        <translation>PRODUKTION – riktiga pengar</translation>
    </message>
    <message>
        <source>Test — no real money</source>
        <translation>Test – inga riktiga pengar</translation>
    </message>
    <message>
        <source>Starts with T (test) or P (production)</source>
        <translation>Börjar med T (test) eller P (produktion)</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>Another Paydesk window is saving the account list. Try again in a moment.</source>
        <translation>Ett annat Paydesk-fönster sparar kontolistan. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>Cannot use the account list at {path}: {value}.</source>
        <translation>Kan inte använda kontolistan i {path}: {value}.</translation>
    </message>
    <message>
        <source>Cannot read the account list at {path}: {value}.</source>
        <translation>Kan inte läsa kontolistan i {path}: {value}.</translation>
    </message>
    <message>
        <source>The account list at {path} was written by a newer Paydesk (format {version}). Update Paydesk to use it.</source>
        <translation>Kontolistan i {path} skrevs av en nyare Paydesk (format {version}). Uppdatera Paydesk för att använda den.</translation>
    </message>
    <message>
        <source>The account list ({name}) cannot be read: {reason}. Paydesk could not move it aside ({value}): fix or remove {path}, then start Paydesk again.</source>
        <translation>Kontolistan ({name}) kan inte läsas: {reason}. Paydesk kunde inte flytta undan den ({value}): rätta eller ta bort {path} och starta sedan Paydesk igen.</translation>
    </message>
    <message>
        <source>The account list ({name}) was damaged: {reason}. Paydesk moved it aside as {name2} and starts with an empty account list. Add the accounts again, or have support repair the moved file and put it back.</source>
        <translation>Kontolistan ({name}) var skadad: {reason}. Paydesk flyttade undan den som {name2} och börjar med en tom kontolista. Lägg till kontona igen, eller låt supporten reparera den flyttade filen och lägga tillbaka den.</translation>
    </message>
    <message>
        <source>Cannot save the account list at {path}: {value}. The previous list is unchanged.</source>
        <translation>Kan inte spara kontolistan i {path}: {value}. Den tidigare listan är oförändrad.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Konton</translation>
    </message>
    <message>
        <source>Each account is one Dintero API client. Secrets are kept in the system keychain and are never shown again after saving.</source>
        <translation>Varje konto är en API-klient hos Dintero. Hemligheterna förvaras i systemets nyckelring och visas aldrig igen när de har sparats.</translation>
    </message>
    <message>
        <source>Ne&amp;w account</source>
        <translation>N&amp;ytt konto</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>T&amp;a bort …</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testa anslutningen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Could not read the accounts</source>
        <translation>Kunde inte läsa kontona</translation>
    </message>
    <message>
        <source>Fill in the account and its API client, then Save.</source>
        <translation>Fyll i kontot och dess API-klient och tryck på Spara.</translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation>”{name}” har sparats.</translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation>Inte sparat: {message}</translation>
    </message>
    <message>
        <source>Could not save the account</source>
        <translation>Kunde inte spara kontot</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Ta bort konto</translation>
    </message>
    <message>
        <source>Remove “{name}” ({account_id})?</source>
        <translation>Ta bort ”{name}” ({account_id})?</translation>
    </message>
    <message>
        <source>Its client secret is deleted from the keychain. Payment links and transactions at Dintero are not affected.</source>
        <translation>Klienthemligheten raderas från nyckelringen. Betallänkar och transaktioner hos Dintero påverkas inte.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behåll</translation>
    </message>
    <message>
        <source>Removed “{name}”.</source>
        <translation>”{name}” har tagits bort.</translation>
    </message>
    <message>
        <source>Could not remove “{name}”</source>
        <translation>Kunde inte ta bort ”{name}”</translation>
    </message>
    <message>
        <source>Enter the client secret to test the connection</source>
        <translation>Ange klienthemligheten för att testa anslutningen</translation>
    </message>
    <message>
        <source>Connection failed: {message}</source>
        <translation>Anslutningen misslyckades: {message}</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testar …</translation>
    </message>
    <message>
        <source>Could not test the connection</source>
        <translation>Kunde inte testa anslutningen</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUKTION</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Paydesk is already running</source>
        <extracomment>For the start-up benchmarks: ``1`` prints ``first-paint &lt;unix time&gt;`` on the window&apos;s first paint and exits; ``transactions`` opens the Transactions section and prints ``transactions-painted &lt;unix time&gt;`` once its first page of rows has been painted.</extracomment>
        <translation>Paydesk körs redan</translation>
    </message>
    <message>
        <source>Paydesk is already running for this user.</source>
        <translation>Paydesk körs redan för den här användaren.</translation>
    </message>
    <message>
        <source>Find its window on the task bar. If it does not appear within a minute, restart the computer.</source>
        <translation>Leta upp fönstret i aktivitetsfältet. Om det inte dyker upp inom en minut, starta om datorn.</translation>
    </message>
</context>
<context>
    <name>Authorization</name>
    <message>
        <source>Swish captures at payment</source>
        <translation>Swish drar vid betalning</translation>
    </message>
    <message>
        <source>Klarna authorizations last 28 days and can be extended</source>
        <translation>Klarna-reservationer gäller i 28 dagar och kan förlängas</translation>
    </message>
    <message>
        <source>Walley (Collector) authorizations last 90 days</source>
        <translation>Walley-reservationer (Collector) gäller i 90 dagar</translation>
    </message>
    <message>
        <source>Instabank orders are assumed to be held 30 days</source>
        <translation>Instabank-ordrar antas hållas i 30 dagar</translation>
    </message>
    <message>
        <source>Santander orders are assumed to be held 30 days</source>
        <translation>Santander-ordrar antas hållas i 30 dagar</translation>
    </message>
    <message>
        <source>Two invoices are assumed to be held 30 days</source>
        <translation>Two-fakturor antas hållas i 30 dagar</translation>
    </message>
    <message>
        <source>Kravia invoices are assumed to be held 30 days</source>
        <translation>Kravia-fakturor antas hållas i 30 dagar</translation>
    </message>
    <message>
        <source>Vipps reservations last about 7 days</source>
        <translation>Vipps-reservationer gäller i ungefär 7 dagar</translation>
    </message>
    <message>
        <source>Mobile wallet reservations follow the card rule, about 7 days</source>
        <translation>Reservationer med mobilplånbok följer kortregeln, ungefär 7 dagar</translation>
    </message>
    <message>
        <source>Card authorizations last about 7 days</source>
        <translation>Kortreservationer gäller i ungefär 7 dagar</translation>
    </message>
    <message>
        <source>Unknown payment method: assuming about 7 days</source>
        <translation>Okänt betalsätt: räknar med ungefär 7 dagar</translation>
    </message>
</context>
<context>
    <name>BulkCapture</name>
    <message>
        <source>unexpected error ({error}); check the transaction before trying again</source>
        <translation>oväntat fel ({error}); kontrollera transaktionen innan du försöker igen</translation>
    </message>
    <message>
        <source>cancelled before it started</source>
        <translation>avbröts innan det startade</translation>
    </message>
    <message>
        <source>another operation on it is running</source>
        <translation>en annan åtgärd på den pågår</translation>
    </message>
    <message>
        <source>not sent: {reason}</source>
        <translation>inte skickat: {reason}</translation>
    </message>
    <message>
        <source>refused: {reason}</source>
        <translation>avvisat: {reason}</translation>
    </message>
    <message>
        <source>interrupted after it was sent: check the transaction</source>
        <translation>avbröts efter att det skickats: kontrollera transaktionen</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>avbrutet</translation>
    </message>
</context>
<context>
    <name>BulkCaptureDialog</name>
    <message>
        <source>Capture selected transactions</source>
        <translation>Dra valda transaktioner</translation>
    </message>
    <message>
        <source>Transactions to capture</source>
        <translation>Transaktioner att dra</translation>
    </message>
    <message>
        <source>%v of %m done</source>
        <translation>%v av %m klara</translation>
    </message>
    <message>
        <source>Captures at the same time</source>
        <translation>Dragningar samtidigt</translation>
    </message>
    <message>
        <source>How many captures are sent to Dintero at once</source>
        <translation>Hur många dragningar som skickas till Dintero samtidigt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Stops starting new captures; those already sent finish</source>
        <translation>Startar inga nya dragningar; de som redan skickats slutförs</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>At the same time:</source>
        <translation>Samtidigt:</translation>
    </message>
    <message>
        <source>The selection mixes currencies ({currencies}). Select transactions in one currency to capture them together.</source>
        <translation>Urvalet blandar valutor ({currencies}). Välj transaktioner i en valuta för att dra dem tillsammans.</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Dra</translation>
    </message>
    <message>
        <source>Capture {count} authorized transactions in full: {total} in total. Each row shows its result.</source>
        <translation>Dra hela beloppet för {count} reserverade transaktioner: {total} totalt. Varje rad visar sitt resultat.</translation>
    </message>
    <message numerus="yes">
        <source>Capture %n transaction(s)…</source>
        <translation>
            <numerusform>Dra %n transaktion …</numerusform>
            <numerusform>Dra %n transaktioner …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s), each in full</source>
        <translation>
            <numerusform>%n transaktion, hela beloppet</numerusform>
            <numerusform>%n transaktioner, hela beloppet för varje</numerusform>
        </translation>
    </message>
    <message>
        <source>Capturing…</source>
        <translation>Drar …</translation>
    </message>
    <message>
        <source>Bulk capture stopped</source>
        <translation>Samlad dragning stoppad</translation>
    </message>
    <message>
        <source>Cancelling: no new captures are started; sent ones finish…</source>
        <translation>Avbryter: inga nya dragningar startas; de som har skickats slutförs …</translation>
    </message>
    <message>
        <source>Captured {done} of {count} ({amount}).</source>
        <translation>Drog {done} av {count} ({amount}).</translation>
    </message>
    <message>
        <source>{count} failed.</source>
        <translation>{count} misslyckades.</translation>
    </message>
    <message>
        <source>{count} unconfirmed — check before retrying.</source>
        <translation>{count} obekräftade – kontrollera innan du försöker igen.</translation>
    </message>
    <message>
        <source>{count} still pending at Dintero.</source>
        <translation>{count} väntar fortfarande hos Dintero.</translation>
    </message>
    <message>
        <source>{count} skipped.</source>
        <translation>{count} hoppades över.</translation>
    </message>
    <message>
        <source>{count} not started.</source>
        <translation>{count} startades inte.</translation>
    </message>
</context>
<context>
    <name>BulkRowsModel</name>
    <message>
        <source>Waiting</source>
        <translation>Väntar</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Dragen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Misslyckad</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Behandlas</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänd</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Överhoppad</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Inte startad</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Cancel the payment link {shorten}?</source>
        <translation>Stoppa betallänken {shorten}?</translation>
    </message>
    <message>
        <source>This link cannot be cancelled</source>
        <translation>Den här länken kan inte stoppas</translation>
    </message>
    <message>
        <source>It is already cancelled: nobody can pay with it.</source>
        <translation>Den är redan stoppad: ingen kan betala med den.</translation>
    </message>
    <message>
        <source>It has expired unpaid: nobody can pay with it any more, so there is nothing to cancel.</source>
        <translation>Den har gått ut obetald: ingen kan betala med den längre, så det finns inget att stoppa.</translation>
    </message>
    <message>
        <source>The customer declined the payment</source>
        <translation>Kunden avböjde betalningen</translation>
    </message>
    <message>
        <source>The payment failed</source>
        <translation>Betalningen misslyckades</translation>
    </message>
    <message>
        <source>{what}. A link has only one payment, so this link can&apos;t be paid again, and Dintero does not cancel it. Use “New link from this one” to send the customer a new link.</source>
        <translation>{what}. En länk har bara en betalning, så den här länken kan inte betalas igen, och Dintero stoppar den inte. Använd ”Ny länk från den här” för att skicka en ny länk till kunden.</translation>
    </message>
    <message>
        <source>The customer has not paid. After cancelling, the customer can no longer pay with this link. This cannot be undone; send a new link if the customer still wants to buy.</source>
        <translation>Kunden har inte betalat. När länken är stoppad kan kunden inte längre betala med den. Det går inte att ångra; skicka en ny länk om kunden fortfarande vill köpa.</translation>
    </message>
    <message>
        <source>Paid — {status}</source>
        <translation>Betald – {status}</translation>
    </message>
    <message>
        <source>payment status not known yet</source>
        <translation>betalningsstatus inte känd än</translation>
    </message>
    <message>
        <source>The customer has paid. The authorized payment of {amount} will be voided (released to the customer) and can no longer be captured. This cannot be undone.</source>
        <translation>Kunden har betalat. Den reserverade betalningen på {amount} makuleras (släpps till kunden) och kan inte längre dras. Det går inte att ångra.</translation>
    </message>
    <message>
        <source>Paid — authorized, not captured</source>
        <translation>Betald – reserverad, inte dragen</translation>
    </message>
    <message>
        <source>The customer has started paying. The payment of {amount} will be voided (released to the customer) and the customer can no longer pay with this link. This cannot be undone.</source>
        <translation>Kunden har börjat betala. Betalningen på {amount} makuleras (släpps till kunden) och kunden kan inte längre betala med den här länken. Det går inte att ångra.</translation>
    </message>
    <message>
        <source>Payment started, not completed</source>
        <translation>Betalning påbörjad, inte slutförd</translation>
    </message>
    <message>
        <source>The payment of {amount} is already captured — refund it on the Transactions page instead. Dintero does not cancel a link whose payment is captured.</source>
        <translation>Betalningen på {amount} är redan dragen – återbetala den på sidan Transaktioner i stället. Dintero stoppar inte en länk vars betalning är dragen.</translation>
    </message>
    <message>
        <source>The payment is on hold for the payment provider&apos;s review, and Dintero does not cancel the link meanwhile. Don&apos;t ship yet: when the review ends, the payment is either authorized (then cancelling the link voids it) or failed.</source>
        <translation>Betalningen är pausad medan betalleverantören granskar den, och Dintero stoppar inte länken under tiden. Skicka inte varorna än: när granskningen är klar blir betalningen antingen reserverad (då makuleras den om du stoppar länken) eller avvisad.</translation>
    </message>
    <message>
        <source>The payment has already been voided: the money went back to the customer.</source>
        <translation>Betalningen är redan makulerad: pengarna gick tillbaka till kunden.</translation>
    </message>
    <message>
        <source>Paydesk has not read the payment&apos;s status yet, so it cannot tell whether Dintero would void it. Look the payment up on the Transactions page.</source>
        <translation>Paydesk har inte läst betalningens status än, så det går inte att säga om Dintero skulle makulera den. Slå upp betalningen på sidan Transaktioner.</translation>
    </message>
    <message>
        <source>The payment is {known}, and Dintero does not cancel the link then. See the payment on the Transactions page.</source>
        <translation>Betalningen är {known}, och då stoppar Dintero inte länken. Se betalningen på sidan Transaktioner.</translation>
    </message>
</context>
<context>
    <name>CancelLinkDialog</name>
    <message>
        <source>Cancel payment link</source>
        <translation>Stoppa betallänk</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Betallänk</translation>
    </message>
    <message>
        <source>PRODUCTION — real money</source>
        <translation>PRODUKTION – riktiga pengar</translation>
    </message>
    <message>
        <source>TEST environment — no real money</source>
        <translation>TESTMILJÖ – inga riktiga pengar</translation>
    </message>
    <message>
        <source>&lt;b&gt;{escaped}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{escaped}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Production&lt;/b&gt;</source>
        <translation>&lt;b&gt;Produktion&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Miljö:</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Länk:</translation>
    </message>
    <message>
        <source>&lt;b&gt;{amount}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{amount}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Belopp:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Keep link</source>
        <translation>Behåll länken</translation>
    </message>
    <message>
        <source>Cancel link and void payment</source>
        <translation>Stoppa länken och makulera betalningen</translation>
    </message>
    <message>
        <source>Cancel link</source>
        <translation>Stoppa länken</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <source>Authorized {authorized}, captured {captured}. Left to capture: &lt;b&gt;{remaining}&lt;/b&gt;.</source>
        <translation>Reserverat {authorized}, draget {captured}. Kvar att dra: &lt;b&gt;{remaining}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Final capture: release whatever is left uncaptured (no later captures)</source>
        <translation>Sista dragning: släpp det som inte har dragits (inga fler dragningar senare)</translation>
    </message>
    <message>
        <source>Final capture is not offered for {value}.</source>
        <translation>Sista dragning erbjuds inte för {value}.</translation>
    </message>
    <message>
        <source>this payment method</source>
        <translation>det här betalsättet</translation>
    </message>
    <message>
        <source>Final capture</source>
        <translation>Sista dragning</translation>
    </message>
</context>
<context>
    <name>CardCharging</name>
    <message>
        <source>No card was saved with this link.</source>
        <translation>Inget kort sparades med den här länken.</translation>
    </message>
    <message>
        <source>The card issuer said not to try this card again ({reason}). Ask the customer for another card.</source>
        <translation>Kortutgivaren sa att kortet inte ska provas igen ({reason}). Be kunden om ett annat kort.</translation>
    </message>
    <message>
        <source>The card issuer asked to wait until {when} before trying again.</source>
        <translation>Kortutgivaren bad om att vänta till {when} innan du försöker igen.</translation>
    </message>
    <message>
        <source>charging {amount} on a saved card</source>
        <translation>debiterar {amount} på ett sparat kort</translation>
    </message>
    <message>
        <source>The shared database cannot be reached, so the other desks could not see this charge. Nothing was sent.</source>
        <translation>Den gemensamma databasen kan inte nås, så de andra kassorna skulle inte se debiteringen. Inget skickades.</translation>
    </message>
    <message>
        <source>The card was saved for {currency}.</source>
        <translation>Kortet sparades för {currency}.</translation>
    </message>
    <message>
        <source>An earlier charge on this card ({reference}) is not confirmed yet. Check it before charging again.</source>
        <translation>En tidigare debitering på kortet ({reference}) är inte bekräftad än. Kontrollera den innan du debiterar igen.</translation>
    </message>
    <message>
        <source>Not confirmed: {cause} The charge may have gone through. Paydesk looks for it at Dintero and never sends it again; check before charging the card again.</source>
        <translation>Inte bekräftad: {cause} Debiteringen kan ha gått igenom. Paydesk letar efter den hos Dintero och skickar den aldrig igen; kontrollera innan du debiterar kortet igen.</translation>
    </message>
    <message>
        <source>Charged {amount}. Transaction {id}.</source>
        <translation>Debiterade {amount}. Transaktion {id}.</translation>
    </message>
    <message>
        <source>Declined: {reason}</source>
        <translation>Avvisad: {reason}</translation>
    </message>
    <message>
        <source>The card is marked: it must not be tried again.</source>
        <translation>Kortet är markerat: det får inte provas igen.</translation>
    </message>
    <message>
        <source>Try again after {when}.</source>
        <translation>Försök igen efter {when}.</translation>
    </message>
    <message>
        <source>Dintero has no payment {reference}: nothing was charged.</source>
        <translation>Dintero har ingen betalning {reference}: inget debiterades.</translation>
    </message>
    <message>
        <source>Dintero has no payment {reference} yet; check again soon.</source>
        <translation>Dintero har ingen betalning {reference} än; kontrollera igen snart.</translation>
    </message>
</context>
<context>
    <name>CardPayment</name>
    <message>
        <source>The payment is {status}.</source>
        <translation>Betalningen är {status}.</translation>
    </message>
</context>
<context>
    <name>CardSaving</name>
    <message>
        <source>Metadata &quot;{pair}&quot; is not key=value</source>
        <translation>Metadata ”{pair}” är inte nyckel=värde</translation>
    </message>
    <message>
        <source>Metadata key &quot;{key}&quot; cannot be used</source>
        <translation>Metadatanyckeln ”{key}” kan inte användas</translation>
    </message>
    <message>
        <source>{problem} Retrying…</source>
        <translation>{problem} Försöker igen …</translation>
    </message>
    <message>
        <source>Stopped following the link: {problem}</source>
        <translation>Slutade följa länken: {problem}</translation>
    </message>
    <message>
        <source>No card was saved; send a new card-saving link.</source>
        <translation>Inget kort sparades; skicka en ny länk för kortsparande.</translation>
    </message>
    <message>
        <source>They can try again with the same link.</source>
        <translation>Kunden kan försöka igen med samma länk.</translation>
    </message>
    <message>
        <source>The customer&apos;s attempt failed ({reason}). {again}</source>
        <translation>Kundens försök misslyckades ({reason}). {again}</translation>
    </message>
</context>
<context>
    <name>CardTokenDialog</name>
    <message>
        <source>Save a card for a returning customer</source>
        <translation>Spara kort för en återkommande kund</translation>
    </message>
    <message>
        <source>Send the customer a link where they enter their card. Nothing is charged; Dintero keeps the card as a payment token for later orders.</source>
        <translation>Skicka kunden en länk där de anger sitt kort. Inget dras; Dintero sparar kortet som en betaltoken för senare beställningar.</translation>
    </message>
    <message>
        <source>Customer e-mail</source>
        <translation>Kundens e-post</translation>
    </message>
    <message>
        <source>Customer phone</source>
        <translation>Kundens telefon</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>the shop&apos;s customer number (optional)</source>
        <translation>butikens kundnummer (valfritt)</translation>
    </message>
    <message>
        <source>key=value; key=value (optional)</source>
        <translation>nyckel=värde; nyckel=värde (valfritt)</translation>
    </message>
    <message>
        <source>Customer &amp;e-mail</source>
        <translation>Kundens &amp;e-post</translation>
    </message>
    <message>
        <source>Customer &amp;phone</source>
        <translation>Kundens &amp;telefon</translation>
    </message>
    <message>
        <source>Customer &amp;id</source>
        <translation>Kund-&amp;id</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Valuta</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Referens</translation>
    </message>
    <message>
        <source>Reference &amp;2</source>
        <translation>Referens &amp;2</translation>
    </message>
    <message>
        <source>Link e&amp;xpires</source>
        <translation>Länken &amp;går ut</translation>
    </message>
    <message>
        <source>&amp;Metadata</source>
        <translation>&amp;Metadata</translation>
    </message>
    <message>
        <source>Merchant &amp;terms</source>
        <translation>&amp;Villkor</translation>
    </message>
    <message>
        <source>Card-saving link</source>
        <translation>Länk för kortsparande</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>&amp;Kopiera länken</translation>
    </message>
    <message>
        <source>Fill in the customer and create the link.</source>
        <translation>Fyll i kunden och skapa länken.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Card-saving links sent earlier&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tidigare skickade länkar för kortsparande&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Card-saving links sent earlier</source>
        <translation>Tidigare skickade länkar för kortsparande</translation>
    </message>
    <message>
        <source>Create card-saving &amp;link</source>
        <translation>Skapa &amp;länk för kortsparande</translation>
    </message>
    <message>
        <source>Link created — waiting for the customer</source>
        <translation>Länken är skapad – väntar på kunden</translation>
    </message>
    <message>
        <source>Save &amp;another card…</source>
        <translation>Spara ett &amp;annat kort …</translation>
    </message>
    <message>
        <source>Could not read the card-saving links sent earlier</source>
        <translation>Kunde inte läsa tidigare skickade länkar för kortsparande</translation>
    </message>
    <message>
        <source>Waiting for the customer to enter the card…</source>
        <translation>Väntar på att kunden anger kortet …</translation>
    </message>
    <message>
        <source>The card-saving link is {state}. No card was saved.</source>
        <translation>Länken för kortsparande är {state}. Inget kort sparades.</translation>
    </message>
    <message>
        <source>&quot;{email}&quot; is not an e-mail address</source>
        <translation>”{email}” är ingen e-postadress</translation>
    </message>
    <message>
        <source>Enter a reference</source>
        <translation>Ange en referens</translation>
    </message>
    <message>
        <source>The merchant terms must be an https:// address</source>
        <translation>Villkoren måste vara en https://-adress</translation>
    </message>
    <message>
        <source>The link must expire in the future</source>
        <translation>Länken måste gå ut i framtiden</translation>
    </message>
    <message>
        <source>Could not create the card-saving link</source>
        <translation>Kunde inte skapa länken för kortsparande</translation>
    </message>
    <message>
        <source>Stopped following the card-saving link</source>
        <translation>Slutade följa länken för kortsparande</translation>
    </message>
    <message>
        <source>&lt;b&gt;Card saved&lt;/b&gt; {when} for {customer}.&lt;br&gt;Token reference: &lt;b&gt;{token}&lt;/b&gt;&lt;br&gt;Card: {card}&lt;br&gt;Transaction: {transaction}</source>
        <translation>&lt;b&gt;Kortet sparat&lt;/b&gt; {when} för {customer}.&lt;br&gt;Tokenreferens: &lt;b&gt;{token}&lt;/b&gt;&lt;br&gt;Kort: {card}&lt;br&gt;Transaktion: {transaction}</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>kunden</translation>
    </message>
    <message>
        <source>token {reference}</source>
        <translation>token {reference}</translation>
    </message>
    <message>
        <source>no card saved yet</source>
        <translation>inget kort sparat än</translation>
    </message>
    <message>
        <source>{state}, no card saved</source>
        <translation>{state}, inget kort sparat</translation>
    </message>
</context>
<context>
    <name>ChargeCardDialog</name>
    <message>
        <source>Charge a saved card</source>
        <translation>Debitera ett sparat kort</translation>
    </message>
    <message>
        <source>The customer is not there: Dintero charges the card they saved. Use it only as agreed with the customer.</source>
        <translation>Kunden är inte på plats: Dintero debiterar kortet som kunden har sparat. Använd det bara enligt överenskommelse med kunden.</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>Kort:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Kund:</translation>
    </message>
    <message>
        <source>optional, e.g. the shop&apos;s order number</source>
        <translation>valfritt, t.ex. butikens ordernummer</translation>
    </message>
    <message>
        <source>Reference &amp;2:</source>
        <translation>Referens &amp;2:</translation>
    </message>
    <message>
        <source>C&amp;harge card…</source>
        <translation>D&amp;ebitera kortet …</translation>
    </message>
    <message>
        <source>Check &amp;earlier charges</source>
        <translation>Kontrollera t&amp;idigare debiteringar</translation>
    </message>
    <message>
        <source>Last refusal: {reason}</source>
        <translation>Senaste avvisning: {reason}</translation>
    </message>
    <message>
        <source>Charge card</source>
        <translation>Debitera kortet</translation>
    </message>
    <message>
        <source>A new payment, without the customer, on the card {who} saved.</source>
        <translation>En ny betalning, utan att kunden är med, på kortet som {who} sparade.</translation>
    </message>
    <message>
        <source>Not charged: the confirmation was closed.</source>
        <translation>Inte debiterat: bekräftelsen stängdes.</translation>
    </message>
    <message>
        <source>Charging {amount}…</source>
        <translation>Debiterar {amount} …</translation>
    </message>
    <message>
        <source>The card was not charged</source>
        <translation>Kortet debiterades inte</translation>
    </message>
    <message>
        <source>Could not check the earlier charges</source>
        <translation>Kunde inte kontrollera de tidigare debiteringarna</translation>
    </message>
    <message>
        <source>No charge on this card is open.</source>
        <translation>Ingen debitering på kortet är öppen.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Confirm: {action}</source>
        <translation>Bekräfta: {action}</translation>
    </message>
    <message>
        <source>PRODUCTION — real money</source>
        <translation>PRODUKTION – riktiga pengar</translation>
    </message>
    <message>
        <source>Test environment — no real money</source>
        <translation>Testmiljö – inga riktiga pengar</translation>
    </message>
    <message>
        <source>&lt;b&gt;{amount}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{amount}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Åtgärd:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Miljö:</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Transaction:</source>
        <translation>Transaktion:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Belopp:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Valuta:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Detaljer:</translation>
    </message>
    <message>
        <source>Don&apos;t {lower}</source>
        <translation>{lower} inte</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>{problem} Dintero said: “{said}”.</source>
        <extracomment>The scope Dintero&apos;s Orders API asks of an API client. An order id no shop has: asking for it tells whether the Orders API answers at all. The credentials were accepted and something after them failed: the message says so itself, so it is not headed &quot;Connection failed&quot;.</extracomment>
        <translation>{problem} Dintero svarade: ”{said}”.</translation>
    </message>
    <message>
        <source>Connected to the PRODUCTION account {account_id}. Dintero issued a token valid for {minutes} minutes.</source>
        <translation>Ansluten till PRODUKTIONS-kontot {account_id}. Dintero utfärdade en token som gäller i {minutes} minuter.</translation>
    </message>
    <message>
        <source>Connected to the test account {account_id}. Dintero issued a token valid for {minutes} minutes.</source>
        <translation>Ansluten till testkontot {account_id}. Dintero utfärdade en token som gäller i {minutes} minuter.</translation>
    </message>
    <message>
        <source>The API client may record payments in the Orders API ({scope}).</source>
        <translation>API-klienten får registrera betalningar i Orders API ({scope}).</translation>
    </message>
    <message>
        <source>The credentials work, but this API client may not use Dintero&apos;s Orders API: it lacks the “{scope}” scope. With the Orders API setting on, payments would be taken but not recorded on their orders. Give the API client that scope in Dintero&apos;s back office, or turn the Orders API setting off for this account.</source>
        <translation>Inloggningsuppgifterna fungerar, men den här API-klienten får inte använda Dinteros Orders API: den saknar behörigheten ”{scope}”. Med inställningen Orders API på skulle betalningar tas emot men inte registreras på sina order. Ge API-klienten den behörigheten i Dinteros back office, eller stäng av inställningen Orders API för det här kontot.</translation>
    </message>
    <message>
        <source>The credentials work, but Dintero&apos;s Orders API did not answer as expected: {reason}</source>
        <translation>Inloggningsuppgifterna fungerar, men Dinteros Orders API svarade inte som väntat: {reason}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something unexpected went wrong inside Paydesk. Nothing more was sent to Dintero because of it. You can keep working; if something looks wrong, close Paydesk and start it again.</source>
        <translation>Något oväntat gick fel i Paydesk. Inget mer skickades till Dintero på grund av det. Du kan fortsätta arbeta; om något ser fel ut, stäng Paydesk och starta det igen.</translation>
    </message>
    <message>
        <source>Paydesk — unexpected error</source>
        <translation>Paydesk – oväntat fel</translation>
    </message>
    <message>
        <source>A report was saved as &lt;b&gt;{file}&lt;/b&gt; in {folder}. Send it to support with a few words about what you were doing.</source>
        <translation>En rapport sparades som &lt;b&gt;{file}&lt;/b&gt; i {folder}. Skicka den till supporten med några ord om vad du höll på med.</translation>
    </message>
    <message>
        <source>The report could not be saved; use Copy details and send the text to support.</source>
        <translation>Rapporten kunde inte sparas; använd Kopiera detaljer och skicka texten till supporten.</translation>
    </message>
    <message>
        <source>Report text</source>
        <translation>Rapporttext</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Kopiera detaljer</translation>
    </message>
    <message>
        <source>Open report &amp;folder</source>
        <translation>Öppna rapport&amp;mappen</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Phone number or e-mail, e.g. 426 21 565</source>
        <translation>Telefonnummer eller e-post, t.ex. 070-123 45 67</translation>
    </message>
    <message>
        <source>Customer phone or e-mail</source>
        <translation>Kundens telefon eller e-post</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kund:</translation>
    </message>
    <message>
        <source>Saved cards</source>
        <translation>Sparade kort</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Sparat</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>Kund-id</translation>
    </message>
    <message>
        <source>Can be charged</source>
        <translation>Kan debiteras</translation>
    </message>
    <message>
        <source>C&amp;harge selected card…</source>
        <translation>&amp;Debitera valt kort …</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Betalningar</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Double-click a payment to open it</source>
        <translation>Dubbelklicka på en betalning för att öppna den</translation>
    </message>
    <message>
        <source>Press Enter on a payment to open it</source>
        <translation>Tryck Enter på en betalning för att öppna den</translation>
    </message>
    <message>
        <source>Payment links</source>
        <translation>Betallänkar</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Looking up {who}…</source>
        <translation>Söker efter {who} …</translation>
    </message>
    <message>
        <source>Could not look up the customer</source>
        <translation>Kunde inte söka upp kunden</translation>
    </message>
    <message>
        <source>{who}: {links} link(s), {payments} payment(s), {cards} saved card(s)</source>
        <translation>{who}: länkar: {links}, betalningar: {payments}, sparade kort: {cards}</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>inte än</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>An earlier charge ({reference}) is not confirmed: open the card and check it first.</source>
        <translation>En tidigare debitering ({reference}) är inte bekräftad: öppna kortet och kontrollera den först.</translation>
    </message>
    <message>
        <source>Not charged</source>
        <translation>Inte debiterat</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Debiterat</translation>
    </message>
    <message>
        <source>Charge not confirmed</source>
        <translation>Debiteringen är inte bekräftad</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <source>Enter a phone number or an e-mail address</source>
        <translation>Ange ett telefonnummer eller en e-postadress</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Select a transaction to see its details.</source>
        <extracomment>Statuses of a payment that did not (yet) go through: nothing to give a receipt for.</extracomment>
        <translation>Välj en transaktion för att se detaljerna.</translation>
    </message>
    <message>
        <source>Retry recording on the order</source>
        <translation>Försök registrera på ordern igen</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Reserverad</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Dragen</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Återbetald</translation>
    </message>
    <message>
        <source>Left to capture</source>
        <translation>Kvar att dra</translation>
    </message>
    <message>
        <source>Left to refund</source>
        <translation>Kvar att återbetala</translation>
    </message>
    <message>
        <source>Payment link session</source>
        <translation>Betallänkens session</translation>
    </message>
    <message>
        <source>E&amp;xtend authorization…</source>
        <translation>&amp;Förläng reservationen …</translation>
    </message>
    <message>
        <source>Ask Klarna for 28 more days to capture (up to 6 months)</source>
        <translation>Be Klarna om 28 dagar till för att dra (upp till 6 månader)</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Payment method:</source>
        <translation>Betalsätt:</translation>
    </message>
    <message>
        <source>Merchant reference:</source>
        <translation>Butikens referens:</translation>
    </message>
    <message>
        <source>The merchant reference: the order&apos;s id in Dintero&apos;s Orders API</source>
        <translation>Butikens referens: orderns id i Dinteros Orders API</translation>
    </message>
    <message>
        <source>Order id:</source>
        <translation>Order-id:</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Session:</translation>
    </message>
    <message>
        <source>Authorization:</source>
        <translation>Reservation:</translation>
    </message>
    <message>
        <source>Settlement:</source>
        <translation>Utbetalning:</translation>
    </message>
    <message>
        <source>&amp;Capture…</source>
        <translation>&amp;Dra …</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>&amp;Återbetala …</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>&amp;Makulera …</translation>
    </message>
    <message>
        <source>Rece&amp;ipt…</source>
        <translation>K&amp;vitto …</translation>
    </message>
    <message>
        <source>Print the receipt, save it as PDF or e-mail it</source>
        <translation>Skriv ut kvittot, spara det som PDF eller skicka det med e-post</translation>
    </message>
    <message>
        <source>Why some actions are not offered</source>
        <translation>Varför vissa åtgärder inte erbjuds</translation>
    </message>
    <message>
        <source>Transaction details</source>
        <translation>Transaktionsdetaljer</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Orderrader</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Rader</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Transaction summary</source>
        <translation>Transaktionssammanfattning</translation>
    </message>
    <message>
        <source>C&amp;ustomer…</source>
        <translation>K&amp;und …</translation>
    </message>
    <message>
        <source>Every link, payment and saved card of this customer</source>
        <translation>Alla länkar, betalningar och sparade kort för den här kunden</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Kund:</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>Kort:</translation>
    </message>
    <message>
        <source>Shipping address:</source>
        <translation>Leveransadress:</translation>
    </message>
    <message>
        <source>Billing address:</source>
        <translation>Faktureringsadress:</translation>
    </message>
    <message>
        <source>{id}  ·  created {created_at}</source>
        <translation>{id}  ·  skapad {created_at}</translation>
    </message>
    <message>
        <source>{operation} of {amount}</source>
        <translation>{operation} {amount}</translation>
    </message>
    <message>
        <source>{status} — pending: {pending}</source>
        <translation>{status} – väntar: {pending}</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;{escape}&quot;&gt;{escape2}&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;{escape}&quot;&gt;{escape2}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Open the payment page of this session</source>
        <translation>Öppna betalsidan för den här sessionen</translation>
    </message>
    <message>
        <source> (expires {date})</source>
        <translation> (går ut {date})</translation>
    </message>
    <message>
        <source>An operation on this transaction is still running; wait for it.</source>
        <translation>En åtgärd på den här transaktionen pågår fortfarande; vänta tills den är klar.</translation>
    </message>
    <message>
        <source>Select a transaction first.</source>
        <translation>Välj en transaktion först.</translation>
    </message>
    <message>
        <source>An operation on this transaction is still running.</source>
        <translation>En åtgärd på den här transaktionen pågår fortfarande.</translation>
    </message>
</context>
<context>
    <name>Environment</name>
    <message>
        <source>Account id must be T or P followed by 8 digits</source>
        <translation>Konto-id måste vara T eller P följt av 8 siffror</translation>
    </message>
</context>
<context>
    <name>EnvironmentBanner</name>
    <message>
        <source>PRODUCTION — real money moves on this account · {account}</source>
        <translation>PRODUKTION – riktiga pengar flyttas på det här kontot · {account}</translation>
    </message>
    <message>
        <source>TEST account — no real money · {account}</source>
        <translation>TESTKONTO – inga riktiga pengar · {account}</translation>
    </message>
    <message>
        <source>No account selected — add one under Accounts › Manage accounts</source>
        <translation>Inget konto valt – lägg till ett under Konton › Hantera konton</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Kopiera detaljer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something unexpected went wrong. Nothing more was sent to Dintero. The details have been written to the log.</source>
        <translation>Något oväntat gick fel. Inget mer skickades till Dintero. Detaljerna har skrivits till loggen.</translation>
    </message>
    <message>
        <source>Could not complete the action</source>
        <translation>Kunde inte slutföra åtgärden</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Något gick fel.</translation>
    </message>
    <message>
        <source>Something went wrong while talking to Dintero.</source>
        <translation>Något gick fel i kontakten med Dintero.</translation>
    </message>
    <message>
        <source>Could not reach Dintero. Check the internet connection and try again.</source>
        <translation>Kunde inte nå Dintero. Kontrollera internetanslutningen och försök igen.</translation>
    </message>
    <message>
        <source>Could not connect to Dintero. Check the internet connection and try again.</source>
        <translation>Kunde inte ansluta till Dintero. Kontrollera internetanslutningen och försök igen.</translation>
    </message>
    <message>
        <source>Could not reach Dintero through this computer&apos;s proxy server. Check the proxy settings, or ask whoever looks after the shop&apos;s network to allow Paydesk through.</source>
        <translation>Kunde inte nå Dintero via datorns proxyserver. Kontrollera proxyinställningarna, eller be den som ansvarar för butikens nätverk att släppa igenom Paydesk.</translation>
    </message>
    <message>
        <source>Paydesk did not connect because Dintero&apos;s security certificate could not be verified. A firewall or antivirus that inspects encrypted traffic can cause this: its certificate must be installed on this computer (ask whoever looks after the shop&apos;s network). Check also that the computer&apos;s date and time are right.</source>
        <translation>Paydesk anslöt inte eftersom Dinteros säkerhetscertifikat inte kunde verifieras. En brandvägg eller ett antivirusprogram som granskar krypterad trafik kan orsaka det: dess certifikat måste installeras på den här datorn (fråga den som ansvarar för butikens nätverk). Kontrollera också att datorns datum och tid stämmer.</translation>
    </message>
    <message>
        <source>Dintero did not answer in time. Please try again in a moment.</source>
        <translation>Dintero svarade inte i tid. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>The connection to Dintero was interrupted. Please try again.</source>
        <translation>Anslutningen till Dintero bröts. Försök igen.</translation>
    </message>
    <message>
        <source>Dintero refused the request.</source>
        <translation>Dintero avvisade förfrågan.</translation>
    </message>
    <message>
        <source>Dintero did not accept the request. See the details for what was wrong.</source>
        <translation>Dintero godtog inte förfrågan. Se detaljerna för vad som var fel.</translation>
    </message>
    <message>
        <source>Dintero did not accept the API credentials. Check the client id and secret of this account.</source>
        <translation>Dintero godtog inte API-uppgifterna. Kontrollera klient-id och hemlighet för det här kontot.</translation>
    </message>
    <message>
        <source>This API client is not allowed to do that on this account.</source>
        <translation>Den här API-klienten får inte göra det på det här kontot.</translation>
    </message>
    <message>
        <source>Dintero could not find it on this account.</source>
        <translation>Dintero hittade det inte på det här kontot.</translation>
    </message>
    <message>
        <source>Dintero is busy right now. Please wait a moment and try again.</source>
        <translation>Dintero är upptaget just nu. Vänta en stund och försök igen.</translation>
    </message>
    <message>
        <source>Dintero had a temporary problem. Please try again in a moment.</source>
        <translation>Dintero hade ett tillfälligt problem. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>Dintero sent an answer Paydesk does not understand.</source>
        <translation>Dintero skickade ett svar som Paydesk inte förstår.</translation>
    </message>
    <message>
        <source>We could not confirm whether Dintero carried this out. Do not repeat it yet: check the transaction again in a minute.</source>
        <translation>Vi kunde inte bekräfta om Dintero utförde det här. Upprepa det inte än: kontrollera transaktionen igen om en minut.</translation>
    </message>
    <message>
        <source>Dintero&apos;s answer did not arrive in full. Please try again in a moment.</source>
        <translation>Dinteros svar kom inte fram helt. Försök igen om en stund.</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <source>Started</source>
        <translation>Påbörjad</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Reserverad</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Dragen</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Återbetald</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Makulerad</translation>
    </message>
    <message>
        <source>Capture requested</source>
        <translation>Dragning begärd</translation>
    </message>
    <message>
        <source>Refund requested</source>
        <translation>Återbetalning begärd</translation>
    </message>
    <message>
        <source>Void requested</source>
        <translation>Makulering begärd</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Utbetald</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>väntar</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>misslyckades</translation>
    </message>
    <message>
        <source>{operator} (Paydesk)</source>
        <translation>{operator} (Paydesk)</translation>
    </message>
    <message>
        <source>Event id: {id}</source>
        <translation>Händelse-id: {id}</translation>
    </message>
    <message>
        <source>Request id: {id}</source>
        <translation>Förfrågnings-id: {id}</translation>
    </message>
    <message>
        <source>Completes request: {id}</source>
        <translation>Slutför förfrågan: {id}</translation>
    </message>
    <message>
        <source>Sent through API client: {client}</source>
        <translation>Skickad via API-klient: {client}</translation>
    </message>
</context>
<context>
    <name>ExportCsv</name>
    <message>
        <source>The folder {parent} does not exist. Choose another folder, or create it first.</source>
        <translation>Mappen {parent} finns inte. Välj en annan mapp, eller skapa den först.</translation>
    </message>
    <message>
        <source>Paydesk could not write {name} in {parent}: {reason}. Choose another folder or file name.</source>
        <translation>Paydesk kunde inte skriva {name} i {parent}: {reason}. Välj en annan mapp eller ett annat filnamn.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export transactions to CSV</source>
        <translation>Exportera transaktioner till CSV</translation>
    </message>
    <message>
        <source>Exports every transaction that matches the current search and filters (all pages), as your spreadsheet reads it: columns split by {separator}, amounts as numbers such as {example} beside their currency.</source>
        <translation>Exporterar alla transaktioner som matchar sökningen och filtren (alla sidor), så som ditt kalkylprogram läser dem: kolumner åtskilda med {separator}, belopp som tal som {example} bredvid sin valuta.</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Fil att skriva</translation>
    </message>
    <message>
        <source>The CSV file the export writes; its folder must exist</source>
        <translation>CSV-filen som exporten skriver; mappen måste finnas</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bläddra …</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>Välj filen som ska skrivas</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Klart.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportera till</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporterar …</translation>
    </message>
    <message>
        <source>The export did not finish</source>
        <translation>Exporten slutfördes inte</translation>
    </message>
    <message>
        <source>Exported {count} transactions…</source>
        <translation>Exporterade {count} transaktioner …</translation>
    </message>
    <message>
        <source>Exported {count} transactions to {target}.</source>
        <translation>Exporterade {count} transaktioner till {target}.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>{user_message} No file was written.</source>
        <translation>{user_message} Ingen fil skrevs.</translation>
    </message>
    <message>
        <source>The export did not finish; no file was written.</source>
        <translation>Exporten slutfördes inte; ingen fil skrevs.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exporten avbröts; ingen fil skrevs.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Card (Dintero)</source>
        <translation>Kort (Dintero)</translation>
    </message>
    <message>
        <source>Walley invoice</source>
        <translation>Walley-faktura</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>När som helst</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Senaste 7 dagarna</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Senaste 30 dagarna</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Senaste 90 dagarna</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Egen period</translation>
    </message>
    <message>
        <source>Search: transaction id, session id, reference, phone, e-mail or name</source>
        <translation>Sök: transaktions-id, sessions-id, referens, telefon, e-post eller namn</translation>
    </message>
    <message>
        <source>Search transactions</source>
        <translation>Sök transaktioner</translation>
    </message>
    <message>
        <source>Status: any</source>
        <translation>Status: alla</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrera på status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Skapad från</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Skapad till</translation>
    </message>
    <message>
        <source>Amount from</source>
        <translation>Belopp från</translation>
    </message>
    <message>
        <source>Amount to</source>
        <translation>Belopp till</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Any currency</source>
        <translation>Alla valutor</translation>
    </message>
    <message>
        <source>Payment product</source>
        <translation>Betalsätt</translation>
    </message>
    <message>
        <source>Any payment method</source>
        <translation>Alla betalsätt</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Skapad:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Belopp:</translation>
    </message>
    <message>
        <source>{name}: {error}. The list has not changed: fix the amount or clear it.</source>
        <translation>{name}: {error}. Listan har inte ändrats: rätta beloppet eller töm fältet.</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message numerus="yes">
        <source>Status: %n chosen</source>
        <translation>
            <numerusform>Status: %n vald</numerusform>
            <numerusform>Status: %n valda</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Not confirmed</source>
        <translation>Inte bekräftad</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Öppnad</translation>
    </message>
    <message>
        <source>Failed attempt</source>
        <translation>Misslyckat försök</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Pausad</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betald</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Betalningen misslyckades</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Avvisad</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Stoppad</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Utgången</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Makulerad</translation>
    </message>
    <message>
        <source>Partly refunded</source>
        <translation>Delvis återbetald</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Återbetald</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>All links</source>
        <extracomment>Widest the Reference column grows by itself (pixels); staff can still drag it wider. The choices of the state filter: a label and the link states it shows (None: all).</extracomment>
        <translation>Alla länkar</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>Väntar på betalning</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betald</translation>
    </message>
    <message>
        <source>Voided or refunded</source>
        <translation>Makulerad eller återbetald</translation>
    </message>
    <message>
        <source>Declined or failed</source>
        <translation>Avvisad eller misslyckad</translation>
    </message>
    <message>
        <source>Cancelled or expired</source>
        <translation>Stoppad eller utgången</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Inte bekräftad</translation>
    </message>
    <message>
        <source>&lt;b&gt;Link history&lt;/b&gt;</source>
        <translation>&lt;b&gt;Länkhistorik&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Search reference, phone, e-mail, item…</source>
        <translation>Sök referens, telefon, e-post, vara …</translation>
    </message>
    <message>
        <source>Search link history</source>
        <translation>Sök i länkhistoriken</translation>
    </message>
    <message>
        <source>Show links in state</source>
        <translation>Visa länkar med status</translation>
    </message>
    <message>
        <source>Link history</source>
        <translation>Länkhistorik</translation>
    </message>
    <message>
        <source>No links yet. Links you create appear here.</source>
        <translation>Inga länkar än. Länkar du skapar visas här.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;How to send your first link&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;On the right, type what the customer buys: a description, the quantity and the price with VAT.&lt;/li&gt;&lt;li&gt;Add the customer&apos;s mobile number and tick &lt;i&gt;Send by SMS&lt;/i&gt;, or leave it out and copy the link for the customer.&lt;/li&gt;&lt;li&gt;Press &lt;i&gt;Create link&lt;/i&gt; (Ctrl+Enter). The link appears here and shows &lt;i&gt;Paid&lt;/i&gt; as soon as the customer has paid.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Så skickar du din första länk&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Till höger skriver du vad kunden köper: en beskrivning, antalet och priset med moms.&lt;/li&gt;&lt;li&gt;Lägg till kundens mobilnummer och kryssa i &lt;i&gt;Skicka via sms&lt;/i&gt;, eller låt bli och kopiera länken åt kunden.&lt;/li&gt;&lt;li&gt;Tryck på &lt;i&gt;Skapa länk&lt;/i&gt; (Ctrl+Enter). Länken visas här och visar &lt;i&gt;Betald&lt;/i&gt; så snart kunden har betalat.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>No link in this state. Choose “All links” to see every link.</source>
        <translation>Inga länkar med den här statusen. Välj ”Alla länkar” för att se alla länkar.</translation>
    </message>
    <message>
        <source>No link matches the search.</source>
        <translation>Ingen länk matchar sökningen.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Capture</source>
        <extracomment>What the audit journal says was done, and where each stands: names of past events (&quot;Refund&quot;, a noun), not the buttons&apos; commands.</extracomment>
        <translation>Dragning</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Återbetalning</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Makulering</translation>
    </message>
    <message>
        <source>Cancel link</source>
        <translation>Stopp av länk</translation>
    </message>
    <message>
        <source>Order record</source>
        <translation>Orderregistrering</translation>
    </message>
    <message>
        <source>Extend authorization</source>
        <translation>Förlängning av reservation</translation>
    </message>
    <message>
        <source>Charge saved card</source>
        <translation>Debitering av sparat kort</translation>
    </message>
    <message>
        <source>Attempted</source>
        <translation>Försökt</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Lyckad</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Misslyckad</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Behandlas</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänd</translation>
    </message>
</context>
<context>
    <name>JournalDialog</name>
    <message>
        <source>Any time</source>
        <translation>När som helst</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Senaste 7 dagarna</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Senaste 30 dagarna</translation>
    </message>
    <message>
        <source>Audit journal</source>
        <extracomment>The size the viewer would like; ``fit_to_screen`` shrinks it on a smaller screen.</extracomment>
        <translation>Revisionslogg</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konton</translation>
    </message>
    <message>
        <source>Account {account_id}</source>
        <translation>Konto {account_id}</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alla konton</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Any operation</source>
        <translation>Alla åtgärder</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Alla utfall</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Sök i loggen</translation>
    </message>
    <message>
        <source>Transaction, reference, operator, desk, request id…</source>
        <translation>Transaktion, referens, operatör, kassa, förfrågnings-id …</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Loggposter</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportera CSV …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Could not read the audit journal</source>
        <translation>Kunde inte läsa revisionsloggen</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 post</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} poster</translation>
    </message>
    <message>
        <source>Export journal</source>
        <translation>Exportera loggen</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Could not export the audit journal</source>
        <translation>Kunde inte exportera revisionsloggen</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>production</source>
        <translation>produktion</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>The payment is not finished yet; wait until it is authorized.</source>
        <translation>Betalningen är inte klar än; vänta tills den är reserverad.</translation>
    </message>
    <message>
        <source>The payment is on hold for review; wait until it is authorized.</source>
        <translation>Betalningen är pausad för granskning; vänta tills den är reserverad.</translation>
    </message>
    <message>
        <source>The payment was declined, so there is no money to move.</source>
        <translation>Betalningen avvisades, så det finns inga pengar att flytta.</translation>
    </message>
    <message>
        <source>The payment failed, so there is no money to move.</source>
        <translation>Betalningen misslyckades, så det finns inga pengar att flytta.</translation>
    </message>
    <message>
        <source>Dintero does not know the outcome of this payment yet; nothing can be done now.</source>
        <translation>Dintero vet inte utfallet av betalningen än; inget kan göras nu.</translation>
    </message>
    <message>
        <source>The authorization was voided; nothing is left to capture or refund.</source>
        <translation>Reservationen makulerades; det finns inget kvar att dra eller återbetala.</translation>
    </message>
    <message>
        <source>The order lines do not cover this {operation}: {error}.</source>
        <translation>Orderraderna täcker inte den här åtgärden ({operation}): {error}.</translation>
    </message>
    <message>
        <source>Only Dintero&apos;s own card payments (dintero_psp) can end with a final capture.</source>
        <translation>Bara Dinteros egna kortbetalningar (dintero_psp) kan avslutas med en sista dragning.</translation>
    </message>
    <message>
        <source>Walley (Collector) captures whole lines only, and {name} would be captured in part. Choose whole lines.</source>
        <translation>Walley (Collector) drar bara hela rader, och {name} skulle dras delvis. Välj hela rader.</translation>
    </message>
    <message>
        <source>Dintero is still processing an earlier {names}; wait until it finishes.</source>
        <translation>Dintero behandlar fortfarande en tidigare åtgärd ({names}); vänta tills den är klar.</translation>
    </message>
    <message>
        <source>The rest of the authorization was released; nothing is left to capture.</source>
        <translation>Resten av reservationen släpptes; det finns inget kvar att dra.</translation>
    </message>
    <message>
        <source>Everything authorized has been captured already.</source>
        <translation>Allt som reserverades har redan dragits.</translation>
    </message>
    <message>
        <source>Authorized: nothing captured yet, so there is nothing to refund; void instead.</source>
        <translation>Reserverad: inget har dragits än, så det finns inget att återbetala; makulera i stället.</translation>
    </message>
    <message>
        <source>Everything captured has been refunded already.</source>
        <translation>Allt som drogs har redan återbetalats.</translation>
    </message>
    <message>
        <source>Part of this payment was captured and refunded; it cannot be voided.</source>
        <translation>En del av betalningen drogs och återbetalades; den kan inte makuleras.</translation>
    </message>
    <message>
        <source>Part of this payment is captured; releasing the rest is not possible for {value}. Capture the rest or refund what was captured.</source>
        <translation>En del av betalningen är dragen; att släppa resten går inte för {value}. Dra resten eller återbetala det som drogs.</translation>
    </message>
    <message>
        <source>this payment method</source>
        <translation>det här betalsättet</translation>
    </message>
    <message>
        <source>Swish captures at payment: refund instead of void.</source>
        <translation>Swish drar vid betalning: återbetala i stället för att makulera.</translation>
    </message>
    <message>
        <source>The payment is fully refunded; there is nothing to void.</source>
        <translation>Betalningen är helt återbetald; det finns inget att makulera.</translation>
    </message>
    <message>
        <source>Already captured: refund instead of void.</source>
        <translation>Redan dragen: återbetala i stället för att makulera.</translation>
    </message>
</context>
<context>
    <name>LineEditorRow</name>
    <message>
        <source>What the customer buys</source>
        <extracomment>Fixed widths shared by the header and every row so the columns line up.</extracomment>
        <translation>Vad kunden köper</translation>
    </message>
    <message>
        <source>Line description</source>
        <translation>Radbeskrivning</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Unit price including VAT</source>
        <translation>Styckpris inkl. moms</translation>
    </message>
    <message>
        <source>VAT percent</source>
        <translation>Momssats i procent</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Radsumma</translation>
    </message>
    <message>
        <source>VAT in line</source>
        <translation>Moms på raden</translation>
    </message>
    <message>
        <source>Remove this line</source>
        <translation>Ta bort den här raden</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Ta bort rad</translation>
    </message>
    <message>
        <source>The unit price</source>
        <translation>Styckpriset</translation>
    </message>
    <message>
        <source>The line total</source>
        <translation>Radsumman</translation>
    </message>
</context>
<context>
    <name>LinePicker</name>
    <message>
        <source>Order lines to include</source>
        <translation>Orderrader att ta med</translation>
    </message>
    <message>
        <source> of {quantity}</source>
        <translation> av {quantity}</translation>
    </message>
    <message>
        <source>Units of {description}</source>
        <translation>Antal av {description}</translation>
    </message>
</context>
<context>
    <name>LineRow</name>
    <message>
        <source>Describe what the customer buys</source>
        <translation>Beskriv vad kunden köper</translation>
    </message>
    <message>
        <source>{what} can be at most {most} at Dintero (this is {this})</source>
        <translation>{what} får vara högst {most} hos Dintero (här är det {this})</translation>
    </message>
</context>
<context>
    <name>LinesEditor</name>
    <message>
        <source>Add li&amp;ne</source>
        <translation>Lägg till ra&amp;d</translation>
    </message>
    <message>
        <source>Add an order line (or press Enter in a line)</source>
        <translation>Lägg till en orderrad (eller tryck Enter på en rad)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Styckpris</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>Moms %</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Radsumma</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <source>&amp;Shipping</source>
        <translation>&amp;Frakt</translation>
    </message>
    <message>
        <source>Add a shipping line</source>
        <translation>Lägg till en fraktrad</translation>
    </message>
    <message>
        <source>Delivery or pick-up</source>
        <translation>Leverans eller hämtning</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Leverans</translation>
    </message>
    <message>
        <source>Pick-up</source>
        <translation>Hämtning</translation>
    </message>
    <message>
        <source>Pick-up: the customer collects the order (sent to Dintero as pick-up)</source>
        <translation>Hämtning: kunden hämtar ordern själv (skickas till Dintero som hämtning)</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Frakt</translation>
    </message>
    <message>
        <source>Shipping description</source>
        <translation>Fraktbeskrivning</translation>
    </message>
    <message>
        <source>Shipping price including VAT</source>
        <translation>Fraktpris inkl. moms</translation>
    </message>
    <message>
        <source>Shipping VAT percent</source>
        <translation>Momssats för frakt</translation>
    </message>
    <message>
        <source>Line {number}: {problem}</source>
        <translation>Rad {number}: {problem}</translation>
    </message>
    <message>
        <source>Add at least one order line</source>
        <translation>Lägg till minst en orderrad</translation>
    </message>
    <message>
        <source>Shipping: {problem}</source>
        <translation>Frakt: {problem}</translation>
    </message>
    <message>
        <source>The total</source>
        <translation>Totalen</translation>
    </message>
    <message>
        <source>{error}: add a price.</source>
        <translation>{error}: ange ett pris.</translation>
    </message>
    <message>
        <source>Name the shipping, for example Posten</source>
        <translation>Namnge frakten, till exempel PostNord</translation>
    </message>
    <message>
        <source>Pick-up in shop</source>
        <translation>Hämtas i butik</translation>
    </message>
    <message>
        <source>Total {total}   (of which VAT {vat})</source>
        <translation>Totalt {total}   (varav moms {vat})</translation>
    </message>
</context>
<context>
    <name>LinkCancel</name>
    <message>
        <source>Paydesk could not confirm whether Dintero cancelled the link: the answer was unclear and reading the link again failed too. The cancel was not sent again. Paydesk keeps checking the link — look at its state before trying again.</source>
        <translation>Paydesk kunde inte bekräfta om Dintero stoppade länken: svaret var otydligt, och det gick inte heller att läsa länken igen. Stoppet skickades inte igen. Paydesk fortsätter att kontrollera länken — titta på dess status innan du försöker igen.</translation>
    </message>
    <message>
        <source>Dintero did not confirm the cancellation; the link is not cancelled and its payment was not voided. Nothing was sent again — you can try again.</source>
        <translation>Dintero bekräftade inte stoppet; länken är inte stoppad och betalningen är inte makulerad. Inget skickades igen — du kan försöka igen.</translation>
    </message>
    <message>
        <source>Dintero did not confirm the cancellation; the link is still open. Nothing was sent again — you can try again.</source>
        <translation>Dintero bekräftade inte stoppet; länken är fortfarande öppen. Inget skickades igen — du kan försöka igen.</translation>
    </message>
</context>
<context>
    <name>LinkNotConfirmed</name>
    <message>
        <source>Dintero did not confirm the link {merchant_reference}: the answer never arrived, so the link may or may not exist. It is kept in the link history as “Not confirmed” and Paydesk keeps looking for it at Dintero by this reference. Ask the customer whether they received a link before you send it again.</source>
        <extracomment>The SMS status remembered for a link whose creation is not confirmed yet.</extracomment>
        <translation>Dintero bekräftade inte länken {merchant_reference}: svaret kom aldrig, så länken kanske finns, kanske inte. Den sparas i länkhistoriken som ”Inte bekräftad”, och Paydesk fortsätter att leta efter den hos Dintero via referensen. Fråga kunden om de har fått en länk innan du skickar den igen.</translation>
    </message>
</context>
<context>
    <name>LinkReplacement</name>
    <message>
        <source>The new link was sent, but Paydesk could not read the old link of {ref}, so it did not cancel it: the customer may have two links. Open the old link and cancel it. ({reason})</source>
        <translation>Den nya länken skickades, men Paydesk kunde inte läsa den gamla länken för {ref}, så den stoppades inte: kunden kan ha två länkar. Öppna den gamla länken och stoppa den. ({reason})</translation>
    </message>
    <message>
        <source>The customer has started paying the old link of {ref} (payment {transaction}), so it was not cancelled: cancelling would void that payment. Two links for this order are open now: check the old link&apos;s payment, then cancel the new link if it is paid.</source>
        <translation>Kunden har börjat betala den gamla länken för {ref} (betalning {transaction}), så den stoppades inte: att stoppa den skulle makulera betalningen. Två länkar för den här ordern är öppna nu: kontrollera betalningen på den gamla länken och stoppa sedan den nya länken om den är betald.</translation>
    </message>
    <message>
        <source>The new link was sent, but the old link of {ref} was NOT cancelled: {reason} The customer may have two links. Open the old link and cancel it.</source>
        <translation>Den nya länken skickades, men den gamla länken för {ref} stoppades INTE: {reason} Kunden kan ha två länkar. Öppna den gamla länken och stoppa den.</translation>
    </message>
    <message>
        <source>replaced by a new link sent by SMS</source>
        <translation>ersatt av en ny länk skickad via sms</translation>
    </message>
</context>
<context>
    <name>LinkStatus</name>
    <message>
        <source>The link can&apos;t be paid again; send a new link.</source>
        <extracomment>The state of a link Dintero never confirmed (stored as ``creating``). The link&apos;s one payment was declined or failed: it cannot be paid again.</extracomment>
        <translation>Länken kan inte betalas igen; skicka en ny länk.</translation>
    </message>
    <message>
        <source>Link sent by SMS</source>
        <translation>Länken skickad via sms</translation>
    </message>
    <message>
        <source>SMS skipped by Dintero (test accounts send no SMS)</source>
        <translation>Sms hoppades över av Dintero (testkonton skickar inga sms)</translation>
    </message>
    <message>
        <source>SMS could not be sent</source>
        <translation>Sms:et kunde inte skickas</translation>
    </message>
    <message>
        <source>Requested — not confirmed by Dintero</source>
        <translation>Begärt – inte bekräftat av Dintero</translation>
    </message>
    <message>
        <source>Not confirmed — check before re-sending</source>
        <extracomment>A link state in words, with the tone of its badge.</extracomment>
        <translation>Inte bekräftad – kontrollera innan du skickar igen</translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation>Väntar på kunden</translation>
    </message>
    <message>
        <source>Customer has opened the link</source>
        <translation>Kunden har öppnat länken</translation>
    </message>
    <message>
        <source>Payment attempt failed — link still open</source>
        <translation>Betalningsförsöket misslyckades – länken är fortfarande öppen</translation>
    </message>
    <message>
        <source>Payment in progress</source>
        <translation>Betalning pågår</translation>
    </message>
    <message>
        <source>On hold — waiting for the payment provider&apos;s review. Don&apos;t ship yet.</source>
        <translation>Pausad – betalleverantören granskar betalningen. Skicka inte varorna än.</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betald</translation>
    </message>
    <message>
        <source>Payment failed — the link can&apos;t be paid again; send a new link</source>
        <translation>Betalningen misslyckades – länken kan inte betalas igen; skicka en ny länk</translation>
    </message>
    <message>
        <source>Customer declined — the link can&apos;t be paid again; send a new link</source>
        <translation>Kunden avböjde – länken kan inte betalas igen; skicka en ny länk</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Stoppad</translation>
    </message>
    <message>
        <source>Expired unpaid</source>
        <translation>Gick ut obetald</translation>
    </message>
    <message>
        <source>Paid, then voided — no money was taken</source>
        <translation>Betald, sedan makulerad — inga pengar drogs</translation>
    </message>
    <message>
        <source>Paid, partly refunded</source>
        <translation>Betald, delvis återbetald</translation>
    </message>
    <message>
        <source>Paid, then refunded in full</source>
        <translation>Betald, sedan helt återbetald</translation>
    </message>
    <message>
        <source>Declined by the customer</source>
        <extracomment>What a paid link becomes when its payment is voided or refunded afterwards. The states of a link that was paid (whatever happened to the payment since).</extracomment>
        <translation>Avböjd av kunden</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Betalningen misslyckades</translation>
    </message>
    <message>
        <source>Payment attempt failed</source>
        <translation>Betalningsförsöket misslyckades</translation>
    </message>
    <message>
        <source>Payment started (transaction {transaction_id}) — its status is not read yet</source>
        <translation>Betalning påbörjad (transaktion {transaction_id}) – statusen är inte läst än</translation>
    </message>
    <message>
        <source>On hold for the payment provider&apos;s review — {amount} by {product}</source>
        <translation>Pausad medan betalleverantören granskar – {amount} med {product}</translation>
    </message>
    <message>
        <source>Payment in progress — {amount} by {product}</source>
        <translation>Betalning pågår – {amount} med {product}</translation>
    </message>
    <message>
        <source>Paid — {words}, {amount} by {product}</source>
        <translation>Betald – {words}, {amount} med {product}</translation>
    </message>
    <message>
        <source>Link created</source>
        <translation>Länken skapad</translation>
    </message>
    <message>
        <source>Opened by the customer</source>
        <translation>Öppnad av kunden</translation>
    </message>
    <message>
        <source>payment started; its status is not read yet</source>
        <translation>betalningen har startat; statusen är inte läst än</translation>
    </message>
    <message>
        <source>Link cancelled</source>
        <translation>Länken stoppad</translation>
    </message>
    <message>
        <source>payment voided</source>
        <translation>betalningen är makulerad</translation>
    </message>
    <message>
        <source>Link expired unpaid</source>
        <translation>Länken gick ut obetald</translation>
    </message>
    <message>
        <source>customer has the payment page open</source>
        <translation>kunden har betalsidan öppen</translation>
    </message>
    <message>
        <source>Customer declined</source>
        <translation>Kunden avböjde</translation>
    </message>
    <message>
        <source>The payment failed</source>
        <translation>Betalningen misslyckades</translation>
    </message>
    <message>
        <source>The customer&apos;s payment attempt failed.</source>
        <translation>Kundens betalningsförsök misslyckades.</translation>
    </message>
    <message>
        <source>Sent to Dintero — no answer received (not confirmed)</source>
        <translation>Skickad till Dintero – inget svar (inte bekräftad)</translation>
    </message>
    <message>
        <source>Expiry time passed — no link or payment found</source>
        <translation>Giltighetstiden har passerat – ingen länk eller betalning hittades</translation>
    </message>
    <message>
        <source>never confirmed; no link or payment found</source>
        <translation>aldrig bekräftad; ingen länk eller betalning hittades</translation>
    </message>
    <message>
        <source>not confirmed by Dintero</source>
        <translation>inte bekräftad av Dintero</translation>
    </message>
</context>
<context>
    <name>LinkTracker</name>
    <message>
        <source>Stopped following the open payment links</source>
        <extracomment>LinkStatus, the state known before this change, whether a new failed attempt appeared provisional id, the LinkRecord now confirmed (a payment was found for its reference)</extracomment>
        <translation>Slutade följa de öppna betallänkarna</translation>
    </message>
</context>
<context>
    <name>LinkTracking</name>
    <message>
        <source>{problem} Retrying…</source>
        <extracomment>The kind of lease a desk takes on a link it reads from Dintero.</extracomment>
        <translation>{problem} Försöker igen …</translation>
    </message>
    <message>
        <source>Stopped following this link: {problem}</source>
        <translation>Slutade följa den här länken: {problem}</translation>
    </message>
    <message>
        <source>Link created</source>
        <translation>Länken skapad</translation>
    </message>
</context>
<context>
    <name>LinkView</name>
    <message>
        <source>No Dintero session id (never confirmed)</source>
        <extracomment>Characters of a line description shown in the order summary (whole in the tooltip). Characters of a reference quoted inside a sentence. The widest the state badge gets (pixels); longer states wrap. States in which the link cannot be paid: no link to copy or open, and no QR code. States in which the customer has paid or is paying: nothing to send again. What each link state means, for its badge.</extracomment>
        <translation>Inget sessions-id från Dintero (aldrig bekräftad)</translation>
    </message>
    <message>
        <source>Look for this link at Dintero now, by its reference</source>
        <translation>Leta efter länken hos Dintero nu, via referensen</translation>
    </message>
    <message>
        <source>&amp;Send again with the same reference…</source>
        <translation>&amp;Skicka igen med samma referens …</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Betallänk</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>&amp;Kopiera länken</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>&amp;Öppna i webbläsaren</translation>
    </message>
    <message>
        <source>Copy a short message with the link, in the customer&apos;s language</source>
        <translation>Kopiera ett kort meddelande med länken, på kundens språk</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>Sms</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Går ut</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tidslinje&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Link timeline</source>
        <translation>Länkens tidslinje</translation>
    </message>
    <message>
        <source>QR code of the payment link</source>
        <translation>QR-kod för betallänken</translation>
    </message>
    <message>
        <source>← &amp;New link</source>
        <translation>← &amp;Ny länk</translation>
    </message>
    <message>
        <source>Chec&amp;k now</source>
        <translation>Kontrollera &amp;nu</translation>
    </message>
    <message>
        <source>Send a&amp;gain by SMS…</source>
        <translation>Skicka &amp;igen via sms …</translation>
    </message>
    <message>
        <source>Copy mess&amp;age</source>
        <translation>Kopiera &amp;meddelande</translation>
    </message>
    <message>
        <source>Send by &amp;e-mail…</source>
        <translation>Skicka via &amp;e-post …</translation>
    </message>
    <message>
        <source>Open your mail program with the link and a short message to the customer</source>
        <translation>Öppna e-postprogrammet med länken och ett kort meddelande till kunden</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>Order-id</translation>
    </message>
    <message>
        <source>The order in Dintero&apos;s Orders API this link pays</source>
        <translation>Ordern i Dinteros Orders API som den här länken betalar</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>Ny länk</translation>
    </message>
    <message>
        <source>New link fro&amp;m this one</source>
        <translation>Ny länk &amp;från den här</translation>
    </message>
    <message>
        <source>Cancel l&amp;ink…</source>
        <translation>&amp;Stoppa länken …</translation>
    </message>
    <message>
        <source>Open t&amp;ransaction</source>
        <translation>Öppna &amp;transaktionen</translation>
    </message>
    <message>
        <source>Show the payment in Transactions (capture, refund, receipt)</source>
        <translation>Visa betalningen i Transaktioner (dragning, återbetalning, kvitto)</translation>
    </message>
    <message>
        <source>C&amp;ustomer…</source>
        <translation>K&amp;und …</translation>
    </message>
    <message>
        <source>Every link, payment and saved card of this customer</source>
        <translation>Alla länkar, betalningar och sparade kort för den här kunden</translation>
    </message>
    <message>
        <source>Not requested</source>
        <translation>Inte begärt</translation>
    </message>
    <message>
        <source>Last known state: {text}. Checking with Dintero…</source>
        <translation>Senast kända status: {text}. Kontrollerar med Dintero …</translation>
    </message>
    <message>
        <source>Dintero sends an SMS only when a link is made: this makes a new link for the same order, sends it by SMS and cancels this one</source>
        <translation>Dintero skickar sms bara när en länk skapas: det här skapar en ny länk för samma order, skickar den via sms och stoppar den här</translation>
    </message>
    <message>
        <source>The link has no mobile number: use “New link from this one”</source>
        <translation>Länken har inget mobilnummer: använd ”Ny länk från den här”</translation>
    </message>
    <message>
        <source>Cancel the link after a confirmation</source>
        <translation>Stoppa länken efter en bekräftelse</translation>
    </message>
    <message>
        <source> It was to be sent by SMS, so the customer may already have it.</source>
        <translation> Den skulle skickas via sms, så kunden kan redan ha fått den.</translation>
    </message>
    <message>
        <source>Paydesk sent this link to Dintero at {sent} but never got the answer. Its expiry time has passed and no link or payment with this reference was found, so nobody can pay it any more. Use “New link from this one” to send a new link.</source>
        <translation>Paydesk skickade länken till Dintero kl. {sent} men fick aldrig något svar. Giltighetstiden har passerat och ingen länk eller betalning med den här referensen hittades, så ingen kan betala den längre. Använd ”Ny länk från den här” för att skicka en ny länk.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not confirmed by Dintero.&lt;/b&gt; Paydesk sent this link at {sent} but the answer never arrived (the connection dropped or Paydesk was closed). The link may exist.{sms} Paydesk keeps looking for it at Dintero by its reference &lt;b&gt;{escaped}&lt;/b&gt;. Before sending it again, ask the customer whether they received a link; sending again first looks for it once more.</source>
        <translation>&lt;b&gt;Inte bekräftad av Dintero.&lt;/b&gt; Paydesk skickade länken kl. {sent} men svaret kom aldrig (anslutningen bröts eller Paydesk stängdes). Länken kan finnas.{sms} Paydesk fortsätter att leta efter den hos Dintero via referensen &lt;b&gt;{escaped}&lt;/b&gt;. Fråga kunden om de har fått en länk innan du skickar igen; att skicka igen letar först efter den en gång till.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Stoppar …</translation>
    </message>
    <message>
        <source>Link copied — paste it into a chat or an e-mail to the customer.</source>
        <translation>Länken är kopierad – klistra in den i en chatt eller ett mejl till kunden.</translation>
    </message>
    <message>
        <source>Message copied, in the customer&apos;s language.</source>
        <translation>Meddelandet är kopierat, på kundens språk.</translation>
    </message>
</context>
<context>
    <name>LinksPage</name>
    <message>
        <source>No account is selected. Add one under Accounts › Manage accounts.</source>
        <extracomment>transaction id: a link followed here was just paid (the transaction list shows it)</extracomment>
        <translation>Inget konto är valt. Lägg till ett under Konton › Hantera konton.</translation>
    </message>
    <message>
        <source>Could not read the link history</source>
        <translation>Kunde inte läsa länkhistoriken</translation>
    </message>
    <message>
        <source>Creating the link at Dintero…</source>
        <translation>Skapar länken hos Dintero …</translation>
    </message>
    <message>
        <source>Could not create the payment link</source>
        <translation>Kunde inte skapa betallänken</translation>
    </message>
    <message>
        <source>Send the link again</source>
        <translation>Skicka länken igen</translation>
    </message>
    <message>
        <source>Send the link {merchant_reference} to Dintero again?</source>
        <translation>Skicka länken {merchant_reference} till Dintero igen?</translation>
    </message>
    <message>
        <source> (it was to be sent by SMS)</source>
        <translation> (den skulle skickas via sms)</translation>
    </message>
    <message>
        <source>The first attempt may have created a link that the customer already has{sms}. Paydesk first looks for it at Dintero: if it is there, that link is shown and nothing is sent. Send again only if the customer has not received a link.</source>
        <translation>Det första försöket kan ha skapat en länk som kunden redan har{sms}. Paydesk letar först efter den hos Dintero: finns den där visas den länken och inget skickas. Skicka bara igen om kunden inte har fått någon länk.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Skicka igen</translation>
    </message>
    <message>
        <source>Don&apos;t send</source>
        <translation>Skicka inte</translation>
    </message>
    <message>
        <source>Dintero had this link after all, so it was not sent again. If the customer does not have it, copy it or show them the QR code.</source>
        <translation>Dintero hade länken ändå, så den skickades inte igen. Om kunden inte har den, kopiera den eller visa QR-koden.</translation>
    </message>
    <message>
        <source>Could not send the link again</source>
        <translation>Kunde inte skicka länken igen</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>kunden</translation>
    </message>
    <message>
        <source>Link {reference} paid</source>
        <translation>Länken {reference} är betald</translation>
    </message>
    <message>
        <source>{amount} paid by {product} ({status}).</source>
        <translation>{amount} betalt med {product} ({status}).</translation>
    </message>
    <message>
        <source>Send the link again by SMS</source>
        <translation>Skicka länken igen via sms</translation>
    </message>
    <message>
        <source>Send a NEW link for order {ref} by SMS to {phone}, and then CANCEL the link sent at {sent} ({session})?</source>
        <translation>Skicka en NY länk för order {ref} via sms till {phone} och sedan STOPPA länken som skickades {sent} ({session})?</translation>
    </message>
    <message>
        <source>Dintero sends an SMS only when a link is made, so a new link is made for the same order: same reference, lines, amount {amount} and expiry. The old link is cancelled once the new one is sent, so the customer cannot pay twice. If the customer is paying the old link right now, it is not cancelled and you are told.</source>
        <translation>Dintero skickar sms bara när en länk skapas, så en ny länk skapas för samma order: samma referens, rader, belopp {amount} och giltighetstid. Den gamla länken stoppas när den nya har skickats, så att kunden inte kan betala två gånger. Om kunden håller på att betala den gamla länken just nu stoppas den inte, och du får veta det.</translation>
    </message>
    <message>
        <source>Send new link, cancel the old</source>
        <translation>Skicka ny länk, stoppa den gamla</translation>
    </message>
    <message>
        <source>The old link was not cancelled</source>
        <translation>Den gamla länken stoppades inte</translation>
    </message>
    <message>
        <source>New link sent by SMS to {phone}. The old link ({session}) is cancelled.</source>
        <translation>Ny länk skickad via sms till {phone}. Den gamla länken ({session}) är stoppad.</translation>
    </message>
    <message>
        <source>Could not send a new link; the old link is unchanged</source>
        <translation>Kunde inte skicka en ny länk; den gamla länken är oförändrad</translation>
    </message>
    <message>
        <source>A new e-mail with the link is open in your mail program: check it and send it.</source>
        <translation>Ett nytt e-postmeddelande med länken är öppet i e-postprogrammet: kontrollera det och skicka det.</translation>
    </message>
    <message>
        <source>No mail program opened. Copy the link and paste it into an e-mail instead.</source>
        <translation>Inget e-postprogram öppnades. Kopiera länken och klistra in den i ett e-postmeddelande i stället.</translation>
    </message>
    <message>
        <source>Could not cancel the link {merchant_reference}</source>
        <translation>Kunde inte stoppa länken {merchant_reference}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Paydesk</source>
        <translation>Paydesk</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laddar …</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Laddar</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Arbetar …</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Arbetar</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Inte ansluten</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Konton</translation>
    </message>
    <message>
        <source>Could not read the preferences; the defaults are used</source>
        <translation>Kunde inte läsa inställningarna; standardvärdena används</translation>
    </message>
    <message>
        <source>Payment &amp;links</source>
        <translation>Betal&amp;länkar</translation>
    </message>
    <message>
        <source>&amp;Transactions</source>
        <translation>&amp;Transaktioner</translation>
    </message>
    <message>
        <source>Shared database {where}: connecting…</source>
        <translation>Gemensam databas {where}: ansluter …</translation>
    </message>
    <message>
        <source>Stopped watching the shared database</source>
        <translation>Slutade bevaka den gemensamma databasen</translation>
    </message>
    <message>
        <source>Stopped listening to the other desks</source>
        <translation>Slutade lyssna på de andra kassorna</translation>
    </message>
    <message>
        <source>● Shared database {where}</source>
        <translation>● Gemensam databas {where}</translation>
    </message>
    <message>
        <source>Every desk&apos;s links and journal are here.</source>
        <translation>Alla kassors länkar och logg finns här.</translation>
    </message>
    <message>
        <source>○ Shared database unreachable — money moves and new links wait</source>
        <translation>○ Gemensam databas onåbar – penningflyttar och nya länkar väntar</translation>
    </message>
    <message>
        <source>{where}: {problem}
Paydesk keeps trying.</source>
        <translation>{where}: {problem}
Paydesk fortsätter att försöka.</translation>
    </message>
    <message>
        <source>Close the account</source>
        <translation>Stäng kontot</translation>
    </message>
    <message>
        <source>Apply the account changes</source>
        <translation>Tillämpa kontoändringarna</translation>
    </message>
    <message>
        <source>Could not read the saved accounts</source>
        <translation>Kunde inte läsa de sparade kontona</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Inställningar …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About Paydesk</source>
        <translation>&amp;Om Paydesk</translation>
    </message>
    <message>
        <source>&amp;Manage accounts…</source>
        <translation>&amp;Hantera konton …</translation>
    </message>
    <message>
        <source>Switch to “{name}”</source>
        <translation>Byt till ”{name}”</translation>
    </message>
    <message>
        <source>A money move is not confirmed yet</source>
        <translation>En penningflytt är inte bekräftad än</translation>
    </message>
    <message>
        <source>A capture, refund or void is still being confirmed with Dintero.</source>
        <translation>En dragning, återbetalning eller makulering väntar fortfarande på bekräftelse från Dintero.</translation>
    </message>
    <message>
        <source>If you leave now, Paydesk stops waiting for the answer. Nothing is sent again: the audit journal keeps the move as not confirmed, and Paydesk checks it with Dintero the next time this account is opened.</source>
        <translation>Om du lämnar nu slutar Paydesk vänta på svaret. Inget skickas igen: revisionsloggen behåller flytten som obekräftad, och Paydesk kontrollerar den med Dintero nästa gång kontot öppnas.</translation>
    </message>
    <message>
        <source>{action} anyway</source>
        <translation>{action} ändå</translation>
    </message>
    <message>
        <source>Keep waiting</source>
        <translation>Vänta vidare</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>Inget konto</translation>
    </message>
    <message>
        <source>PRODUCTION — </source>
        <translation>PRODUKTION – </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Ansluter …</translation>
    </message>
    <message>
        <source>Could not open “{name}”</source>
        <translation>Kunde inte öppna ”{name}”</translation>
    </message>
    <message>
        <source>● Connected · token valid until {local}</source>
        <translation>● Ansluten · token giltig till {local}</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>anslutningen misslyckades</translation>
    </message>
    <message>
        <source>○ Not connected — {message}</source>
        <translation>○ Inte ansluten – {message}</translation>
    </message>
    <message>
        <source>Could not connect to Dintero</source>
        <translation>Kunde inte ansluta till Dintero</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
</context>
<context>
    <name>MissingSecret</name>
    <message>
        <source>No client secret is saved for “{account_name}”. Open Accounts › Manage accounts and enter it again.</source>
        <translation>Ingen klienthemlighet är sparad för ”{account_name}”. Öppna Konton › Hantera konton och ange den igen.</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>{label} must be a web address starting with https://</source>
        <extracomment>Where the customer lands after paying when a *test* shop has not set its own page.</extracomment>
        <translation>{label} måste vara en webbadress som börjar med https://</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>The amount</source>
        <extracomment>Currencies Paydesk offers in its forms. Any ISO 4217 code still works in the functions. Dintero amounts are int32; callers that send money should check against this. Longest text ``parse_amount`` reads. Far above any real amount with spaces and a currency sign, far below what makes int() or babel slow or refuse. Where each crown is at home. Its home&apos;s thousands mark groups digits of an amount in that currency whatever the desk&apos;s language, unless it is that language&apos;s decimal mark: &quot;1.299&quot; typed for DKK is 1299 kroner on a Norwegian desk too. A letter of a currency code or name next to a digit: CLDR separates them with a no-break space (&quot;NOK 1,299.90&quot;), which babel leaves to the caller. How much of the typed text a message quotes back (the rest is &quot;…&quot;).</extracomment>
        <translation>Beloppet</translation>
    </message>
    <message>
        <source>{what} must be more than {zero}</source>
        <translation>{what} måste vara mer än {zero}</translation>
    </message>
    <message>
        <source>{what} can be at most {maximum} at Dintero (this is {amount})</source>
        <translation>{what} får vara högst {maximum} hos Dintero (detta är {amount})</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is too long for an amount</source>
        <translation>”{text}” är för långt för att vara ett belopp</translation>
    </message>
    <message>
        <source>Amount cannot be negative</source>
        <translation>Beloppet kan inte vara negativt</translation>
    </message>
    <message>
        <source>This amount is in {typed}, but the currency here is {currency}</source>
        <translation>Det här beloppet är i {typed}, men valutan här är {currency}</translation>
    </message>
    <message>
        <source>Use only one decimal separator in &quot;{text}&quot;</source>
        <translation>Använd bara ett decimaltecken i ”{text}”</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is unclear. Type {whole} without the &quot;{separator}&quot;, or use &quot;{decimal}&quot; for decimals</source>
        <translation>”{text}” är otydligt. Skriv {whole} utan ”{separator}”, eller använd ”{decimal}” för decimaler</translation>
    </message>
    <message>
        <source>Enter an amount</source>
        <translation>Ange ett belopp</translation>
    </message>
    <message>
        <source>Check the thousands separators in &quot;{text}&quot;</source>
        <translation>Kontrollera tusentalsavgränsarna i ”{text}”</translation>
    </message>
    <message>
        <source>{currency} has no decimals: enter a whole amount</source>
        <translation>{currency} har inga decimaler: ange ett helt belopp</translation>
    </message>
    <message>
        <source>Use at most 1 decimal for {currency}</source>
        <translation>Använd högst 1 decimal för {currency}</translation>
    </message>
    <message>
        <source>Use at most {count} decimals for {currency}</source>
        <translation>Använd högst {count} decimaler för {currency}</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not an amount. Type digits, for example {example}</source>
        <translation>”{text}” är inte ett belopp. Skriv siffror, till exempel {example}</translation>
    </message>
</context>
<context>
    <name>MoneyMoveDesk</name>
    <message>
        <source>Checking with Dintero whether it went through…</source>
        <extracomment>The kind of lease a money move takes on its transaction. The kind of lease taken to record a paid link&apos;s authorization: every desk following the link sees it paid, one records it.</extracomment>
        <translation>Kontrollerar med Dintero om det gick igenom …</translation>
    </message>
    <message>
        <source>Sent, but Paydesk could not confirm whether Dintero carried it out. It was not sent again. Paydesk checks the transaction before the next move on it; look at the transaction in a minute before trying again.</source>
        <translation>Skickat, men Paydesk kunde inte bekräfta om Dintero utförde det. Det skickades inte igen. Paydesk kontrollerar transaktionen före nästa penningflytt på den; titta på transaktionen om en minut innan du försöker igen.</translation>
    </message>
    <message>
        <source>Another desk is moving money on this payment: {held} Nothing was sent from this desk. Look at the transaction again once that is done.</source>
        <translation>En annan kassa flyttar pengar på den här betalningen: {held} Inget skickades från den här kassan. Titta på transaktionen igen när det är klart.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Någon</translation>
    </message>
    <message>
        <source> at desk “{desk}”</source>
        <translation> vid kassan ”{desk}”</translation>
    </message>
    <message>
        <source>{who}{where} {done} {amount} on this payment at {when}, after this {operation} was confirmed here. Nothing was sent; look at the transaction again before trying again.</source>
        <translation>{who}{where} har redan låtit {amount} {done} på den här betalningen kl. {when}, efter att den här åtgärden ({operation}) bekräftades här. Inget skickades; titta på transaktionen igen innan du försöker på nytt.</translation>
    </message>
    <message>
        <source>{problem} Nothing was sent: a money move the other desks cannot see must wait until the shared database is back.</source>
        <translation>{problem} Inget skickades: en penningflytt som de andra kassorna inte kan se måste vänta tills den gemensamma databasen är tillbaka.</translation>
    </message>
    <message>
        <source>{operation}: preparing…</source>
        <translation>{operation}: förbereder …</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>Inte skickat: {reason}</translation>
    </message>
    <message>
        <source>Not confirmed: unexpected error {error!r}</source>
        <translation>Inte bekräftad: oväntat fel {error!r}</translation>
    </message>
    <message>
        <source>{operation} of {amount}: sending…</source>
        <translation>{operation} {amount}: skickar …</translation>
    </message>
    <message>
        <source>{operation} pending: Dintero accepted it and is still processing. Nothing will be sent again meanwhile.</source>
        <translation>{operation} väntar: Dintero har tagit emot det och behandlar fortfarande. Inget skickas igen under tiden.</translation>
    </message>
    <message>
        <source>Still pending after {seconds} s. Dintero has not finished it yet; it was not sent again. Refresh later to see the result.</source>
        <translation>Väntar fortfarande efter {seconds} s. Dintero är inte klart än; den skickades inte igen. Uppdatera senare för att se resultatet.</translation>
    </message>
    <message>
        <source> (Confirmed by re-reading the transaction; it was sent only once.)</source>
        <translation> (Bekräftat genom att läsa transaktionen igen; det skickades bara en gång.)</translation>
    </message>
    <message>
        <source>Dintero refused it.</source>
        <translation>Dintero avvisade det.</translation>
    </message>
    <message>
        <source>{operation} failed: {reason}</source>
        <translation>{operation} misslyckades: {reason}</translation>
    </message>
    <message>
        <source>Waiting: {held}</source>
        <translation>Väntar: {held}</translation>
    </message>
    <message>
        <source>An earlier {value} on this transaction ({when}, {row}) is not confirmed yet, and Dintero does not show it yet. Nothing was sent. Try again in a minute.</source>
        <translation>En tidigare åtgärd ({value}) på den här transaktionen ({when}, {row}) är inte bekräftad än, och Dintero visar den inte än. Inget skickades. Försök igen om en minut.</translation>
    </message>
    <message>
        <source>The earlier {value} on this transaction ({when}, {row}) that looked not carried out has been applied by Dintero after all. Nothing was sent; look at the transaction before trying again.</source>
        <translation>Den tidigare åtgärden ({value}) på den här transaktionen ({when}, {row}), som såg ut att inte ha utförts, har ändå utförts av Dintero. Inget skickades; titta på transaktionen innan du försöker igen.</translation>
    </message>
    <message>
        <source>Confirmed later by reading the transaction.</source>
        <translation>Bekräftad senare genom att läsa transaktionen.</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>Misslyckades: {reason}</translation>
    </message>
    <message>
        <source>Extending the authorization…</source>
        <translation>Förlänger reservationen …</translation>
    </message>
    <message>
        <source>Not extended: {reason}</source>
        <translation>Inte förlängd: {reason}</translation>
    </message>
    <message>
        <source>Authorization extended.</source>
        <translation>Reservationen är förlängd.</translation>
    </message>
    <message>
        <source>Recording on order {order}…</source>
        <translation>Registrerar på order {order} …</translation>
    </message>
    <message>
        <source>an unexpected error; the details are in the log</source>
        <translation>ett oväntat fel; detaljerna finns i loggen</translation>
    </message>
    <message>
        <source>The {operation} went through, but recording it on order {order} failed: {message}</source>
        <translation>Åtgärden ({operation}) gick igenom, men registreringen på order {order} misslyckades: {message}</translation>
    </message>
    <message>
        <source>order record {id}</source>
        <translation>orderregistrering {id}</translation>
    </message>
    <message>
        <source>Recorded on order {order}.</source>
        <translation>Registrerad på order {order}.</translation>
    </message>
</context>
<context>
    <name>MoneyMoveRunner</name>
    <message>
        <source>{operation_labels} was not completed</source>
        <translation>{operation_labels} slutfördes inte</translation>
    </message>
    <message>
        <source>The authorization was not extended</source>
        <translation>Reservationen förlängdes inte</translation>
    </message>
    <message>
        <source>Could not record the authorization on the order</source>
        <translation>Kunde inte registrera reservationen på ordern</translation>
    </message>
    <message>
        <source>Could not read the journal&apos;s order records</source>
        <translation>Kunde inte läsa orderregistreringarna i loggen</translation>
    </message>
    <message>
        <source>Could not record on the order</source>
        <translation>Kunde inte registrera på ordern</translation>
    </message>
</context>
<context>
    <name>MoneyMoves</name>
    <message>
        <source>The payment is authorized, but recording the authorization on order {order} failed: {reason}</source>
        <translation>Betalningen är reserverad, men registreringen av reservationen på order {order} misslyckades: {reason}</translation>
    </message>
    <message>
        <source>Not recorded on order {order} yet: recording the {what} failed earlier. The money moved as shown; only the record is missing.</source>
        <translation>Inte registrerad på order {order} än: registreringen av {what} misslyckades tidigare. Pengarna flyttades som visas; bara registreringen saknas.</translation>
    </message>
    <message>
        <source>What is left changed since you confirmed: now {amount} instead of {amount2}. Nothing was sent; look at the transaction and try again.</source>
        <translation>Det som återstår har ändrats sedan du bekräftade: nu {amount} i stället för {amount2}. Inget skickades; titta på transaktionen och försök igen.</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Everything left: {remaining}</source>
        <translation>Allt som är kvar: {remaining}</translation>
    </message>
    <message>
        <source>Chosen lines</source>
        <translation>Valda rader</translation>
    </message>
    <message>
        <source>An amount</source>
        <translation>Ett belopp</translation>
    </message>
    <message>
        <source>This transaction has no order lines.</source>
        <translation>Den här transaktionen har inga orderrader.</translation>
    </message>
    <message>
        <source>Amount to {verb}</source>
        <translation>Belopp att {verb}</translation>
    </message>
    <message>
        <source>Continue to confirmation…</source>
        <translation>Fortsätt till bekräftelse …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Choose at least one unit of a line.</source>
        <translation>Välj minst en enhet från en rad.</translation>
    </message>
    <message>
        <source>Enter the amount to {verb}.</source>
        <translation>Ange beloppet att {verb}.</translation>
    </message>
    <message>
        <source>At most {remaining} can be {done} (asked for {amount}).</source>
        <translation>Högst {remaining} kan {done} (du bad om {amount}).</translation>
    </message>
    <message>
        <source>To {verb}: {shown}</source>
        <translation>Att {verb}: {shown}</translation>
    </message>
</context>
<context>
    <name>NewLinkForm</name>
    <message>
        <source>1 day</source>
        <extracomment>The longest merchant reference the form takes. Staff read it out on the phone and it heads the link&apos;s history row and view; longer ones are cut off as they are typed. An international number with spaces and a &quot;+&quot; fits easily (E.164 has 15 digits). The longest e-mail address there can be (RFC 5321 path limit).</extracomment>
        <translation>1 dag</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 vecka</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 månad</translation>
    </message>
    <message>
        <source>Custom time…</source>
        <translation>Välj tid …</translation>
    </message>
    <message>
        <source>This is a TEST account: Dintero sends no SMS in test and reports it as skipped. Copy the link or show the QR code instead.</source>
        <translation>Det här är ett TESTKONTO: Dintero skickar inga sms i test och rapporterar dem som överhoppade. Kopiera länken eller visa QR-koden i stället.</translation>
    </message>
    <message>
        <source>Dintero sends the link by SMS to the customer&apos;s mobile number.</source>
        <translation>Dintero skickar länken via sms till kundens mobilnummer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;New payment link&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ny betallänk&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Te&amp;mplates</source>
        <translation>&amp;Mallar</translation>
    </message>
    <message>
        <source>Order templates</source>
        <translation>Ordermallar</translation>
    </message>
    <message>
        <source>Save a car&amp;d…</source>
        <translation>Spara ett k&amp;ort …</translation>
    </message>
    <message>
        <source>Send a link where a returning customer saves a card</source>
        <translation>Skicka en länk där en återkommande kund sparar ett kort</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Merchant reference</source>
        <translation>Butikens referens</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>New reference</source>
        <translation>Ny referens</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Valuta</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Referens</translation>
    </message>
    <message>
        <source>Customer phone</source>
        <translation>Kundens telefon</translation>
    </message>
    <message>
        <source>kari@example.no</source>
        <translation>anna@example.se</translation>
    </message>
    <message>
        <source>Customer e-mail</source>
        <translation>Kundens e-post</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>The customer&apos;s language</source>
        <translation>Kundens språk</translation>
    </message>
    <message>
        <source>The language of the payment page and of the message to the customer. Automatic follows the phone number&apos;s country (+47, +46, +45), else English.</source>
        <translation>Språket på betalsidan och i meddelandet till kunden. Automatiskt följer telefonnumrets land (+47, +46, +45), annars engelska.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatiskt</translation>
    </message>
    <message>
        <source>Customer&apos;s language</source>
        <translation>Kundens språk</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Tel&amp;efon</translation>
    </message>
    <message>
        <source>Link expires after</source>
        <translation>Länken går ut efter</translation>
    </message>
    <message>
        <source>Custom expiry time</source>
        <translation>Egen sluttid</translation>
    </message>
    <message>
        <source>Auto-capture when pa&amp;id</source>
        <translation>Dra a&amp;utomatiskt vid betalning</translation>
    </message>
    <message>
        <source>Send b&amp;y SMS</source>
        <translation>Skicka via &amp;sms</translation>
    </message>
    <message>
        <source>Cl&amp;ear</source>
        <translation>Re&amp;nsa</translation>
    </message>
    <message>
        <source>E&amp;xpires</source>
        <translation>&amp;Går ut</translation>
    </message>
    <message>
        <source>&amp;Create link</source>
        <translation>Ska&amp;pa länk</translation>
    </message>
    <message>
        <source>Create the payment link (Ctrl+Enter)</source>
        <translation>Skapa betallänken (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>{number} looks like a landline: it may not receive the SMS. Check the number with the customer, or copy the link and send it another way.</source>
        <translation>{number} ser ut som ett fast nummer: det kanske inte tar emot sms. Kontrollera numret med kunden, eller kopiera länken och skicka den på annat sätt.</translation>
    </message>
    <message>
        <source>Enter a reference</source>
        <translation>Ange en referens</translation>
    </message>
    <message>
        <source>Enter a reference the customer can quote</source>
        <translation>Ange en referens som kunden kan uppge</translation>
    </message>
    <message>
        <source>Check the e-mail address</source>
        <translation>Kontrollera e-postadressen</translation>
    </message>
    <message>
        <source>&quot;{email}&quot; is not an e-mail address, for example kari@example.no</source>
        <translation>”{email}” är ingen e-postadress, till exempel anna@example.se</translation>
    </message>
    <message>
        <source>Choose an expiry time at least a few minutes from now</source>
        <translation>Välj en sluttid minst några minuter fram i tiden</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s mobile number to send the link by SMS</source>
        <translation>Ange kundens mobilnummer för att skicka länken via sms</translation>
    </message>
    <message>
        <source>A mobile number is needed for SMS</source>
        <translation>Sms kräver ett mobilnummer</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Open &amp;payment</source>
        <extracomment>Notification: staff clicked the desktop&apos;s balloon of the latest one</extracomment>
        <translation>Öppna &amp;betalningen</translation>
    </message>
    <message>
        <source>Show this payment on the Transactions page</source>
        <translation>Visa betalningen på sidan Transaktioner</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>Stäng meddelandet</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; — {message}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; – {message}</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Paydesk</source>
        <extracomment>Makes the tray icon on first use; returns None when the desktop has no tray.</extracomment>
        <translation>Paydesk</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>A payment link needs an amount above zero.</source>
        <translation>En betallänk måste ha ett belopp över noll.</translation>
    </message>
    <message>
        <source>Say why the authorization is extended.</source>
        <translation>Ange varför reservationen förlängs.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Beloppet måste vara mer än noll.</translation>
    </message>
    <message>
        <source>Only {left} can still be captured, but {asked} was asked for.</source>
        <translation>Bara {left} kan fortfarande dras, men {asked} begärdes.</translation>
    </message>
    <message>
        <source>Only {left} can still be refunded, but {asked} was asked for.</source>
        <translation>Bara {left} kan fortfarande återbetalas, men {asked} begärdes.</translation>
    </message>
    <message>
        <source>The chosen lines add up to {total}, but the amount is {amount}.</source>
        <translation>De valda raderna blir sammanlagt {total}, men beloppet är {amount}.</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>rad {line}</translation>
    </message>
    <message>
        <source>Only {left} is left on {name}, but {asked} was asked for.</source>
        <translation>Bara {left} återstår på {name}, men {asked} begärdes.</translation>
    </message>
</context>
<context>
    <name>OrderForLink</name>
    <message>
        <source>Order {order} is in {order_currency}, but the link is in {currency}. Choose {order_currency}, or another reference.</source>
        <translation>Order {order} är i {order_currency}, men länken är i {currency}. Välj {order_currency} eller en annan referens.</translation>
    </message>
    <message>
        <source>No link was created: this API client may not use Dintero&apos;s Orders API (it lacks the “admin:shopping” scope). Give it that scope in Dintero&apos;s back office, or turn the Orders API setting off for this account.</source>
        <translation>Ingen länk skapades: den här API-klienten får inte använda Dinteros Orders API (den saknar behörigheten ”admin:shopping”). Ge den behörigheten i Dinteros back office, eller stäng av inställningen Orders API för det här kontot.</translation>
    </message>
    <message>
        <source>No link was created: the order could not be made in Dintero&apos;s Orders API. {reason}</source>
        <translation>Ingen länk skapades: ordern kunde inte skapas i Dinteros Orders API. {reason}</translation>
    </message>
</context>
<context>
    <name>OrderLine</name>
    <message>
        <source>Each line needs a line id</source>
        <translation>Varje rad behöver ett rad-id</translation>
    </message>
    <message>
        <source>Each line needs a description</source>
        <translation>Varje rad behöver en beskrivning</translation>
    </message>
    <message>
        <source>Quantity must be a number such as 1 or 1.5</source>
        <translation>Antalet måste vara ett tal, till exempel 1 eller 1,5</translation>
    </message>
    <message>
        <source>Quantity must be more than 0</source>
        <translation>Antalet måste vara större än 0</translation>
    </message>
    <message>
        <source>Unit price must be a whole number of minor units</source>
        <translation>Styckpriset måste vara ett helt antal ören</translation>
    </message>
</context>
<context>
    <name>OrderRecording</name>
    <message>
        <source>Line {line} is not on transaction {transaction}.</source>
        <extracomment>The record made once a payment is authorized (the other records follow money moves). Transaction statuses with no authorization (yet) to record.</extracomment>
        <translation>Rad {line} finns inte på transaktion {transaction}.</translation>
    </message>
    <message>
        <source>The transaction has no lines to record on the order.</source>
        <translation>Transaktionen har inga rader att registrera på ordern.</translation>
    </message>
    <message>
        <source>The transaction has no merchant reference, so there is no order.</source>
        <translation>Transaktionen saknar butikens referens, så det finns ingen order.</translation>
    </message>
    <message>
        <source>Transaction {transaction} is not authorized.</source>
        <translation>Transaktion {transaction} är inte reserverad.</translation>
    </message>
    <message>
        <source>The transaction&apos;s lines do not cover the amount to record.</source>
        <translation>Transaktionens rader täcker inte beloppet som ska registreras.</translation>
    </message>
</context>
<context>
    <name>OutcomeUnknown</name>
    <message>
        <source>Outcome of {operation} on {transaction_id} unknown</source>
        <translation>Okänt utfall av {operation} på {transaction_id}</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>Enter a phone number</source>
        <translation>Ange ett telefonnummer</translation>
    </message>
    <message>
        <source>&quot;{cleaned}&quot; is not a phone number. Use digits, for example 99 99 99 99</source>
        <translation>”{cleaned}” är inget telefonnummer. Använd siffror, till exempel 070-123 45 67</translation>
    </message>
    <message>
        <source>&quot;{cleaned}&quot; is not a phone number</source>
        <translation>”{cleaned}” är inget telefonnummer</translation>
    </message>
    <message>
        <source>&quot;{cleaned}&quot; is not a valid phone number. Check the digits, and start with + and the country code if it is foreign</source>
        <translation>”{cleaned}” är inget giltigt telefonnummer. Kontrollera siffrorna, och börja med + och landsnumret om det är utländskt</translation>
    </message>
    <message>
        <source>&quot;{cleaned}&quot; is not a phone number: check the digits</source>
        <translation>”{cleaned}” är inget telefonnummer: kontrollera siffrorna</translation>
    </message>
</context>
<context>
    <name>PhoneRegion</name>
    <message>
        <source>Norwegian</source>
        <translation>Norska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Danska</translation>
    </message>
    <message>
        <source>{example} (or {others} …)</source>
        <translation>{example} (eller {others} …)</translation>
    </message>
    <message>
        <source>{country} numbers as people say them; start other numbers with + and the country code (+47 Norway, +46 Sweden, +45 Denmark)</source>
        <translation>{country} nummer som man säger dem; börja andra nummer med + och landsnumret (+47 Norge, +46 Sverige, +45 Danmark)</translation>
    </message>
</context>
<context>
    <name>PluginWarning</name>
    <message>
        <source>This payment was created by {system}. Capturing, refunding or voiding it here will not update the order in {system}: update the order there as well.</source>
        <translation>Den här betalningen skapades av {system}. Att dra, återbetala eller makulera den här uppdaterar inte ordern i {system}: uppdatera ordern där också.</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Keep the operator name under 80 characters.</source>
        <translation>Håll operatörsnamnet under 80 tecken.</translation>
    </message>
    <message>
        <source>Keep the desk name under 80 characters.</source>
        <translation>Håll kassanamnet under 80 tecken.</translation>
    </message>
    <message>
        <source>Enter the shared database&apos;s connection string, e.g. postgresql://kari@db.shop.lan/paydesk.</source>
        <translation>Ange anslutningssträngen till den gemensamma databasen, t.ex. postgresql://kari@db.shop.lan/paydesk.</translation>
    </message>
    <message>
        <source>The confirmation threshold must be zero or a positive amount.</source>
        <translation>Bekräftelsegränsen måste vara noll eller ett positivt belopp.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>{default_operator} (the computer&apos;s user name)</source>
        <translation>{default_operator} (datorns användarnamn)</translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation>Operatörsnamn</translation>
    </message>
    <message>
        <source>{default_desk_name} (the computer&apos;s name)</source>
        <translation>{default_desk_name} (datorns namn)</translation>
    </message>
    <message>
        <source>Desk name</source>
        <translation>Kassanamn</translation>
    </message>
    <message>
        <source>This computer only</source>
        <translation>Bara den här datorn</translation>
    </message>
    <message>
        <source>The shop&apos;s shared database (PostgreSQL)</source>
        <translation>Butikens gemensamma databas (PostgreSQL)</translation>
    </message>
    <message>
        <source>postgresql://kari@db.shop.lan:5432/paydesk</source>
        <translation>postgresql://kari@db.shop.lan:5432/paydesk</translation>
    </message>
    <message>
        <source>Shared database connection string</source>
        <translation>Anslutningssträng till gemensam databas</translation>
    </message>
    <message>
        <source>kept in the system keychain; blank keeps it</source>
        <translation>sparas i systemets nyckelring; tomt behåller det</translation>
    </message>
    <message>
        <source>Shared database password</source>
        <translation>Lösenord till gemensam databas</translation>
    </message>
    <message>
        <source>Production confirmation threshold</source>
        <translation>Bekräftelsegräns i produktion</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation>Samma som datorn</translation>
    </message>
    <message>
        <source>&amp;Operator name</source>
        <translation>&amp;Operatörsnamn</translation>
    </message>
    <message>
        <source>Written on every audit journal row, beside the account and the amount.</source>
        <translation>Skrivs på varje rad i revisionsloggen, bredvid kontot och beloppet.</translation>
    </message>
    <message>
        <source>&amp;Desk name</source>
        <translation>&amp;Kassanamn</translation>
    </message>
    <message>
        <source>Shown beside the operator, and to a colleague at another desk who tries to move the same payment.</source>
        <translation>Visas bredvid operatören, och för en kollega vid en annan kassa som försöker flytta samma betalning.</translation>
    </message>
    <message>
        <source>Typed confirmation &amp;above</source>
        <translation>Skriven bekräftelse &amp;över</translation>
    </message>
    <message>
        <source>On PRODUCTION accounts, a capture, refund or void larger than this (in the payment&apos;s own currency) must be confirmed by typing its amount.</source>
        <translation>På PRODUKTIONSKONTON måste en dragning, återbetalning eller makulering över det här beloppet (i betalningens egen valuta) bekräftas genom att skriva in beloppet.</translation>
    </message>
    <message>
        <source>Link history and journal</source>
        <translation>Länkhistorik och logg</translation>
    </message>
    <message>
        <source>Connection &amp;string</source>
        <translation>Anslutnings&amp;sträng</translation>
    </message>
    <message>
        <source>Database &amp;password</source>
        <translation>Databas&amp;lösenord</translation>
    </message>
    <message>
        <source>Several desks share one link history and journal, and never move the same payment at once. Takes effect the next time Paydesk starts.</source>
        <translation>Flera kassor delar en länkhistorik och logg, och flyttar aldrig samma betalning samtidigt. Gäller från nästa gång Paydesk startar.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;pråk</translation>
    </message>
    <message>
        <source>A new language is used from the next start of Paydesk.</source>
        <translation>Ett nytt språk används från nästa gång Paydesk startar.</translation>
    </message>
    <message>
        <source>Type the threshold amount, e.g. 1 000,00.</source>
        <translation>Skriv gränsbeloppet, t.ex. 1 000,00.</translation>
    </message>
    <message>
        <source>the database password</source>
        <extracomment>Completes &quot;The system keychain did not save {what}.&quot;</extracomment>
        <translation>databaslösenordet</translation>
    </message>
    <message>
        <source>Could not save the preferences</source>
        <translation>Kunde inte spara inställningarna</translation>
    </message>
</context>
<context>
    <name>PreferencesStore</name>
    <message>
        <source>Cannot read {path}: {value}</source>
        <translation>Kan inte läsa {path}: {value}</translation>
    </message>
    <message>
        <source>Cannot save the preferences at {path}: {value}.</source>
        <translation>Kan inte spara inställningarna i {path}: {value}.</translation>
    </message>
    <message>
        <source>Another Paydesk window is saving the preferences. Try again in a moment.</source>
        <translation>Ett annat Paydesk-fönster sparar inställningarna. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>Cannot use the preferences at {path}: {value}.</source>
        <translation>Kan inte använda inställningarna i {path}: {value}.</translation>
    </message>
    <message>
        <source>The preferences file ({name}) is damaged and could not be moved aside ({value}). Fix or delete {path}; until then the defaults are used.</source>
        <translation>Inställningsfilen ({name}) är skadad och kunde inte flyttas undan ({value}). Rätta eller radera {path}; tills dess används standardvärdena.</translation>
    </message>
    <message>
        <source>The preferences file ({name}) was damaged. Paydesk moved it aside as {name2} and uses the defaults until you save new preferences.</source>
        <translation>Inställningsfilen ({name}) var skadad. Paydesk flyttade undan den som {name2} och använder standardvärdena tills du sparar nya inställningar.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Receipt {reference}.pdf</source>
        <translation>Kvitto {reference}.pdf</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Org.nr</translation>
    </message>
    <message>
        <source>TEST PAYMENT — no money was moved</source>
        <translation>TESTBETALNING — inga pengar flyttades</translation>
    </message>
    <message>
        <source>Captured so far</source>
        <translation>Draget hittills</translation>
    </message>
    <message>
        <source>Refunded so far</source>
        <translation>Återbetalat hittills</translation>
    </message>
    <message>
        <source>The rest of the payment was voided</source>
        <translation>Resten av betalningen makulerades</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Kvitto</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Betalsätt</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>VAT in total</source>
        <translation>Moms totalt</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Receipt</source>
        <extracomment>Resolution of a saved receipt (dots per inch): sharp when printed, a small file.</extracomment>
        <translation>Kvitto</translation>
    </message>
    <message>
        <source>Receipt preview</source>
        <translation>Förhandsvisning av kvittot</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut …</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Spara som PDF …</translation>
    </message>
    <message>
        <source>&amp;E-mail with receipt…</source>
        <translation>&amp;E-post med kvitto …</translation>
    </message>
    <message>
        <source>Saves the receipt as a PDF, opens its folder and a new e-mail: drag the PDF into the e-mail</source>
        <translation>Sparar kvittot som PDF, öppnar mappen och ett nytt e-postmeddelande: dra PDF:en till meddelandet</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>Spara kvittot som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>the file was not written</source>
        <translation>filen skrevs inte</translation>
    </message>
    <message>
        <source>Could not save the receipt as {path}: {reason}</source>
        <translation>Kunde inte spara kvittot som {path}: {reason}</translation>
    </message>
    <message>
        <source>Receipt saved as {path}</source>
        <translation>Kvittot sparat som {path}</translation>
    </message>
    <message>
        <source>The receipt is saved as {path}. Its folder and a new e-mail are open: drag the PDF into the e-mail (an e-mail link cannot attach files by itself).</source>
        <translation>Kvittot är sparat som {path}. Mappen och ett nytt e-postmeddelande är öppna: dra PDF:en till meddelandet (en e-postlänk kan inte bifoga filer själv).</translation>
    </message>
    <message>
        <source>The receipt is saved as {path}, but no mail program opened. Attach the PDF to an e-mail to the customer by hand.</source>
        <translation>Kvittot är sparat som {path}, men inget e-postprogram öppnades. Bifoga PDF:en i ett e-postmeddelande till kunden för hand.</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Returned goods</source>
        <translation>Returnerade varor</translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation>Ordern avbröts</translation>
    </message>
    <message>
        <source>Damaged or faulty goods</source>
        <translation>Skadade eller felaktiga varor</translation>
    </message>
    <message>
        <source>Price adjustment</source>
        <translation>Prisjustering</translation>
    </message>
    <message>
        <source>Charged twice</source>
        <translation>Dragen två gånger</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Captured {captured}, refunded {refunded}. Left to refund: &lt;b&gt;{remaining}&lt;/b&gt;.</source>
        <translation>Draget {captured}, återbetalt {refunded}. Kvar att återbetala: &lt;b&gt;{remaining}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Reason for the refund</source>
        <translation>Orsak till återbetalningen</translation>
    </message>
    <message>
        <source>Reason, in your words</source>
        <translation>Orsak, med dina ord</translation>
    </message>
    <message>
        <source>Optional note (required for “Other”)</source>
        <translation>Valfri anteckning (krävs för ”Annat”)</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Orsak:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Anteckning:</translation>
    </message>
    <message>
        <source>Say why in the note when the reason is “Other”.</source>
        <translation>Skriv varför i anteckningen när orsaken är ”Annat”.</translation>
    </message>
</context>
<context>
    <name>ResendNotChecked</name>
    <message>
        <source>Paydesk could not check whether Dintero already has the link {merchant_reference}, so it did not send it again (that could leave the customer with two links). {user_message} Try again in a moment.</source>
        <extracomment>How much earlier than the record a session may say it was created and still be it.</extracomment>
        <translation>Paydesk kunde inte kontrollera om Dintero redan har länken {merchant_reference}, så den skickades inte igen (kunden kunde då få två länkar). {user_message} Försök igen om en stund.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Enter the client secret</source>
        <translation>Ange klienthemligheten</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>On macOS open Keychain Access and make sure the login keychain is unlocked.</source>
        <translation>På macOS öppnar du Nyckelhanterare och kontrollerar att inloggningsnyckelringen är upplåst.</translation>
    </message>
    <message>
        <source>On Windows make sure Credential Manager is available for your user.</source>
        <translation>På Windows kontrollerar du att Autentiseringshanteraren är tillgänglig för din användare.</translation>
    </message>
    <message>
        <source>On Linux install and unlock a Secret Service such as GNOME Keyring or KWallet, then start Paydesk again.</source>
        <translation>På Linux installerar och låser du upp en Secret Service som GNOME Keyring eller KWallet och startar sedan Paydesk igen.</translation>
    </message>
    <message>
        <source>No system keychain is available to keep the client secret. {platform_hint}</source>
        <translation>Ingen nyckelring i systemet är tillgänglig för att spara klienthemligheten. {platform_hint}</translation>
    </message>
    <message>
        <source>The system keychain is locked. Unlock it and try again.</source>
        <translation>Systemets nyckelring är låst. Lås upp den och försök igen.</translation>
    </message>
    <message>
        <source>the client secret</source>
        <extracomment>Completes &quot;The system keychain did not save {what}.&quot;</extracomment>
        <translation>klienthemligheten</translation>
    </message>
    <message>
        <source>the password</source>
        <extracomment>Completes &quot;The system keychain did not save {what}.&quot;</extracomment>
        <translation>lösenordet</translation>
    </message>
    <message>
        <source>The system keychain could not be read.</source>
        <translation>Systemets nyckelring kunde inte läsas.</translation>
    </message>
    <message>
        <source>The system keychain did not save {what}.</source>
        <extracomment>{what}: &quot;the client secret&quot;, &quot;the database password&quot; or &quot;the password&quot;</extracomment>
        <translation>Systemets nyckelring sparade inte {what}.</translation>
    </message>
    <message>
        <source>The system keychain did not delete {what}.</source>
        <extracomment>{what}: &quot;the client secret&quot;, &quot;the database password&quot; or &quot;the password&quot;</extracomment>
        <translation>Systemets nyckelring raderade inte {what}.</translation>
    </message>
</context>
<context>
    <name>SendSlots</name>
    <message>
        <source>stopped before it was sent</source>
        <extracomment>Why a capture was not sent: the person stopped the run while it waited its turn.</extracomment>
        <translation>stoppades innan det skickades</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>audit journal</source>
        <extracomment>Outcomes not known yet: a row in one of these may still be settled.</extracomment>
        <translation>revisionsloggen</translation>
    </message>
    <message>
        <source>Captures, refunds and voids are blocked until this is resolved. Ask whoever looks after this computer to restore journal.sqlite3 from a backup (or have support repair the moved file and put it back). Only if every capture, refund and void has been checked in Dintero&apos;s back office may they delete journal.sqlite3.blocked to start a new, empty journal.</source>
        <translation>Dragningar, återbetalningar och makuleringar är spärrade tills detta är löst. Be den som ansvarar för datorn att återställa journal.sqlite3 från en säkerhetskopia (eller låta supporten reparera den flyttade filen och lägga tillbaka den). Bara om varje dragning, återbetalning och makulering har kontrollerats i Dinteros back office får de ta bort journal.sqlite3.blocked för att starta en ny, tom logg.</translation>
    </message>
    <message>
        <source>Money operations are blocked until it can be written.</source>
        <translation>Penningåtgärder är spärrade tills den går att skriva till.</translation>
    </message>
    <message>
        <source>{who} at desk “{desk}” has been working on this since {when}{doing}.</source>
        <translation>{who} vid kassan ”{desk}” har arbetat med detta sedan {when}{doing}.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Någon</translation>
    </message>
    <message>
        <source>desk leases</source>
        <translation>låsen mellan kassorna</translation>
    </message>
    <message>
        <source>That is not a PostgreSQL connection string. Write it like {example}.</source>
        <extracomment>Changes to shared rows are announced on this channel, ``_&lt;schema&gt;`` appended.</extracomment>
        <translation>Det är inte en anslutningssträng för PostgreSQL. Skriv den så här: {example}.</translation>
    </message>
    <message>
        <source>The shared database&apos;s connection string cannot be read. Check it in File › Preferences.</source>
        <translation>Anslutningssträngen till den gemensamma databasen kan inte läsas. Kontrollera den under Arkiv › Inställningar.</translation>
    </message>
    <message>
        <source>The shared database ({where}) cannot be reached. Paydesk keeps trying; money moves and new links wait until it is back.</source>
        <translation>Den gemensamma databasen ({where}) kan inte nås. Paydesk fortsätter att försöka; penningflyttar och nya länkar väntar tills den är tillbaka.</translation>
    </message>
    <message>
        <source>The shared database connection was closed.</source>
        <translation>Anslutningen till den gemensamma databasen stängdes.</translation>
    </message>
    <message>
        <source>The {store} ({file}) was closed.</source>
        <extracomment>How long a call waits for another connection (thread or process) to finish writing. What SQLite says when the file itself is damaged (as opposed to busy, full or missing). The files SQLite keeps beside a database; they move aside with it.</extracomment>
        <translation>Paydesk har stängt {store} ({file}).</translation>
    </message>
    <message>
        <source>The {store} ({file}) was written by a newer Paydesk (schema {version}). Update Paydesk on this desk to use it.</source>
        <translation>Paydesk kan inte använda {store} ({file}): en nyare Paydesk har skrivit dem (schema {version}). Uppdatera Paydesk på den här kassan först.</translation>
    </message>
    <message>
        <source>Give the template a name</source>
        <translation>Ge mallen ett namn</translation>
    </message>
    <message>
        <source>A template needs at least one order line</source>
        <translation>En mall måste ha minst en orderrad</translation>
    </message>
    <message>
        <source>template list</source>
        <translation>ordermallarna</translation>
    </message>
    <message>
        <source>A record in the {store} ({file}) is damaged and cannot be read. Keep it for support.</source>
        <translation>En post i {store} ({file}) är skadad och kan inte läsas. Spara den åt supporten.</translation>
    </message>
    <message>
        <source>payment link history</source>
        <extracomment>States after which nothing more can happen to the link; tracking stops. Provisional ids of links whose creation Dintero has not confirmed start with this. Dintero&apos;s ``delivery_method`` of a shipping option the customer collects in the shop. The schema steps, exactly as earlier Paydesk versions wrote them to SQLite (never edit a step once released: add one). PostgreSQL also announces every change.</extracomment>
        <translation>länkhistoriken</translation>
    </message>
    <message>
        <source>The {store} ({file}) could not be read: {error}.</source>
        <extracomment>&quot;The {store} ({file}) could not be read/saved/opened&quot;, one whole sentence each.</extracomment>
        <translation>Paydesk kunde inte läsa {store} ({file}): {error}.</translation>
    </message>
    <message>
        <source>The {store} ({file}) could not be saved: {error}.</source>
        <translation>Paydesk kunde inte spara {store} ({file}): {error}.</translation>
    </message>
    <message>
        <source>The {store} ({file}) could not be opened: {error}.</source>
        <translation>Paydesk kunde inte öppna {store} ({file}): {error}.</translation>
    </message>
    <message>
        <source>The {store} ({file}) was written by a newer Paydesk (schema {version}). Update Paydesk to use it.</source>
        <translation>Paydesk kan inte använda {store} ({file}): en nyare Paydesk har skrivit dem (schema {version}). Uppdatera Paydesk först.</translation>
    </message>
    <message>
        <source>The {store} ({file}) cannot be opened: {error}.</source>
        <translation>Paydesk kan inte öppna {store} ({file}): {error}.</translation>
    </message>
    <message>
        <source>Another Paydesk window is busy with it; try again in a moment.</source>
        <translation>Ett annat Paydesk-fönster arbetar med filen; försök igen om en stund.</translation>
    </message>
    <message>
        <source>The {store} ({file}) is damaged, and Paydesk could not move it aside ({reason}). Close every Paydesk window and start Paydesk again.</source>
        <translation>Paydesk hittade {store} ({file}) skadad men kunde inte flytta undan filen ({reason}). Stäng alla Paydesk-fönster och starta Paydesk igen.</translation>
    </message>
    <message>
        <source>The {store} ({file}) is damaged. Paydesk moved it aside as {aside}.</source>
        <translation>Paydesk hittade {store} ({file}) skadad och flyttade undan filen som {aside}.</translation>
    </message>
    <message>
        <source>The {store} ({file}) was damaged. Paydesk moved it aside as {aside} and starts a new, empty {store}. Keep the moved file for support.</source>
        <translation>Paydesk hittade {store} ({file}) skadad, flyttade undan filen som {aside} och börjar om {store} från början, tom. Spara den flyttade filen åt supporten.</translation>
    </message>
    <message>
        <source>The {store} ({file}) was found damaged and moved aside as {aside}.</source>
        <translation>Paydesk hittade {store} ({file}) skadad, och filen flyttades undan som {aside}.</translation>
    </message>
    <message>
        <source>The {store} ({file}) was found damaged and moved aside.</source>
        <translation>Paydesk hittade {store} ({file}) skadad, och filen flyttades undan.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>An account with key &quot;{key}&quot; already exists</source>
        <translation>Det finns redan ett konto med nyckeln ”{key}”</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; already uses account {account_id} with this client id</source>
        <translation>”{name}” använder redan konto {account_id} med det här klient-id:t</translation>
    </message>
</context>
<context>
    <name>TableHeader</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Miljö</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Merchant reference</source>
        <translation>Butikens referens</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operatör</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Kassa</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Transaction / link</source>
        <translation>Transaktion / länk</translation>
    </message>
    <message>
        <source>Order (merchant ref.)</source>
        <translation>Order (butikens ref.)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Dintero request id</source>
        <translation>Dinteros förfrågnings-id</translation>
    </message>
    <message>
        <source>Operation reference</source>
        <translation>Åtgärdsreferens</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Tillgängligt</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Dragen</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Återbetald</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Payment product</source>
        <translation>Betalsätt</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Utbetald</translation>
    </message>
</context>
<context>
    <name>TemplatesMenu</name>
    <message>
        <source>Templates</source>
        <translation>Mallar</translation>
    </message>
    <message>
        <source>Could not read the saved templates</source>
        <translation>Kunde inte läsa de sparade mallarna</translation>
    </message>
    <message>
        <source>No templates saved yet</source>
        <translation>Inga mallar sparade än</translation>
    </message>
    <message>
        <source>Insert “{name}” ({count} lines)</source>
        <translation>Infoga ”{name}” ({count} rader)</translation>
    </message>
    <message>
        <source>&amp;Save lines as template…</source>
        <translation>&amp;Spara raderna som mall …</translation>
    </message>
    <message>
        <source>&amp;Delete template</source>
        <translation>&amp;Radera mall</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Spara som mall</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>Mallens namn:</translation>
    </message>
    <message>
        <source>Cannot save the template: {error}</source>
        <translation>Kan inte spara mallen: {error}</translation>
    </message>
    <message>
        <source>Could not save the template</source>
        <translation>Kunde inte spara mallen</translation>
    </message>
    <message>
        <source>Could not delete the template</source>
        <translation>Kunde inte radera mallen</translation>
    </message>
</context>
<context>
    <name>TransactionListModel</name>
    <message>
        <source>Could not load transactions</source>
        <translation>Kunde inte läsa in transaktionerna</translation>
    </message>
</context>
<context>
    <name>TransactionNotes</name>
    <message>
        <source>Dintero will capture this automatically (it retries for up to 48 hours). Capturing or voiding it yourself stops the automatic capture.</source>
        <translation>Dintero drar den här automatiskt (och försöker igen i upp till 48 timmar). Drar eller makulerar du den själv stoppas den automatiska dragningen.</translation>
    </message>
    <message>
        <source>Not settled yet</source>
        <translation>Inte utbetald än</translation>
    </message>
    <message>
        <source>Partly settled</source>
        <translation>Delvis utbetald</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Utbetald</translation>
    </message>
    <message>
        <source>Nothing reserved is left to capture.</source>
        <translation>Det finns inget reserverat kvar att dra.</translation>
    </message>
    <message>
        <source>Probably expired around {when}. {reason} (an estimate).</source>
        <translation>Gick troligen ut runt {when}. {reason} (en uppskattning).</translation>
    </message>
    <message>
        <source>Expires within a day (around {when}). {reason} (an estimate).</source>
        <translation>Går ut inom ett dygn (runt {when}). {reason} (en uppskattning).</translation>
    </message>
    <message>
        <source>Expires around {when} (in {days_left} days). {reason} (an estimate).</source>
        <translation>Går ut runt {when} (om {days_left} dagar). {reason} (en uppskattning).</translation>
    </message>
    <message>
        <source>paid out {amount}</source>
        <translation>utbetalt {amount}</translation>
    </message>
    <message>
        <source>{amount} still to be paid out</source>
        <translation>{amount} återstår att betala ut</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Inte än</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Delvis</translation>
    </message>
    <message>
        <source>line {line_id}</source>
        <translation>rad {line_id}</translation>
    </message>
    <message>
        <source>This payment method needs lines: it will be captured as {lines}.</source>
        <translation>Det här betalsättet kräver rader: beloppet dras som {lines}.</translation>
    </message>
    <message>
        <source>This payment method needs lines: it will be refunded as {lines}.</source>
        <translation>Det här betalsättet kräver rader: beloppet återbetalas som {lines}.</translation>
    </message>
</context>
<context>
    <name>TransactionsPage</name>
    <message>
        <source>Dintero sends the newest payments first, a page at a time. Sorted by another column, only the rows loaded so far are ordered: scroll down to load more.</source>
        <translation>Dintero skickar de nyaste betalningarna först, en sida i taget. Sorterat på en annan kolumn ordnas bara de rader som har lästs in hittills: rulla ned för att läsa in fler.</translation>
    </message>
    <message>
        <source>Transactions</source>
        <extracomment>Transaction, each time the detail shows it as just read (its link may follow it)</extracomment>
        <translation>Transaktioner</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>Inget konto</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Copy id</source>
        <translation>Kopiera id</translation>
    </message>
    <message>
        <source>Copy reference</source>
        <translation>Kopiera referens</translation>
    </message>
    <message>
        <source>Capture selected…</source>
        <translation>Dra valda …</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportera CSV …</translation>
    </message>
    <message>
        <source>Audit journal…</source>
        <translation>Revisionslogg …</translation>
    </message>
    <message>
        <source>Customer…</source>
        <translation>Kund …</translation>
    </message>
    <message>
        <source>Could not open the audit journal; money operations are blocked</source>
        <translation>Kunde inte öppna revisionsloggen; penningflyttar är spärrade</translation>
    </message>
    <message>
        <source> · sorted among loaded rows</source>
        <translation> · sorterat bland inlästa rader</translation>
    </message>
    <message numerus="yes">
        <source>%n loaded{sort_note} · loading…</source>
        <translation>
            <numerusform>%n inläst{sort_note} · läser in …</numerusform>
            <numerusform>%n inlästa{sort_note} · läser in …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n loaded{sort_note} · more as you scroll</source>
        <translation>
            <numerusform>%n inläst{sort_note} · fler när du rullar</numerusform>
            <numerusform>%n inlästa{sort_note} · fler när du rullar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s)</source>
        <translation>
            <numerusform>%n transaktion</numerusform>
            <numerusform>%n transaktioner</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the transaction</source>
        <translation>Kunde inte läsa in transaktionen</translation>
    </message>
    <message>
        <source>Could not open the transaction</source>
        <translation>Kunde inte öppna transaktionen</translation>
    </message>
    <message>
        <source>Extend authorization</source>
        <translation>Förläng reservationen</translation>
    </message>
    <message>
        <source>Ask Klarna for 28 more days to capture {id}?</source>
        <translation>Be Klarna om 28 dagar till för att dra {id}?</translation>
    </message>
    <message>
        <source>The customer&apos;s payment stays reserved longer (up to 6 months in all). Nothing is charged.</source>
        <translation>Kundens betalning förblir reserverad längre (upp till 6 månader totalt). Inget dras.</translation>
    </message>
    <message>
        <source>&amp;Extend authorization</source>
        <translation>&amp;Förläng reservationen</translation>
    </message>
    <message>
        <source>&amp;Keep as it is</source>
        <translation>&amp;Låt det vara</translation>
    </message>
    <message>
        <source>Order not shipped yet</source>
        <translation>Ordern är inte skickad än</translation>
    </message>
    <message>
        <source>{action} not sent: the confirmation was closed.</source>
        <translation>{action} skickades inte: bekräftelsen stängdes.</translation>
    </message>
    <message>
        <source>{note} {action} anyway?</source>
        <translation>{note} {action} ändå?</translation>
    </message>
</context>
<context>
    <name>TypedAmount</name>
    <message>
        <source>This is above {threshold} on a production account. Type the amount to confirm it:</source>
        <translation>Det här är över {threshold} på ett produktionskonto. Skriv beloppet för att bekräfta:</translation>
    </message>
    <message>
        <source>Type the amount to confirm</source>
        <translation>Skriv beloppet för att bekräfta</translation>
    </message>
    <message>
        <source>Type {expected} to confirm, or choose not to go ahead.</source>
        <translation>Skriv {expected} för att bekräfta, eller välj att inte fortsätta.</translation>
    </message>
    <message>
        <source>{error}. Type {expected} to confirm.</source>
        <translation>{error}. Skriv {expected} för att bekräfta.</translation>
    </message>
    <message>
        <source>That is not the amount: type {expected} exactly to confirm.</source>
        <translation>Det är inte beloppet: skriv exakt {expected} för att bekräfta.</translation>
    </message>
</context>
<context>
    <name>Vat</name>
    <message>
        <source>Quantity can be at most {maximum}</source>
        <translation>Antalet får vara högst {maximum}</translation>
    </message>
    <message>
        <source>VAT rate must be a number such as 25</source>
        <extracomment>Rate used when neither country nor currency is known: the Scandinavian standard rate. Standard VAT rate in percent by ISO country code and by that country&apos;s currency. ``line_id`` (and ``sku``) of the line that absorbs rounding differences. The largest quantity a line takes: far above a phone order, small enough that quantity × price stays quick to work out and readable on screen. Longest text read as a quantity or a VAT rate (spaces and a &quot;%&quot; included).</extracomment>
        <translation>Momssatsen måste vara ett tal, till exempel 25</translation>
    </message>
    <message>
        <source>VAT rate must be between 0 and 100 %</source>
        <translation>Momssatsen måste vara mellan 0 och 100 %</translation>
    </message>
    <message>
        <source>Use at most 2 decimals for the VAT rate</source>
        <translation>Använd högst 2 decimaler i momssatsen</translation>
    </message>
    <message>
        <source>Quantity must be a number such as 1 or 1,5</source>
        <translation>Antalet måste vara ett tal, till exempel 1 eller 1,5</translation>
    </message>
    <message>
        <source>Quantity must be more than 0</source>
        <translation>Antalet måste vara större än 0</translation>
    </message>
    <message>
        <source>Use at most {quantity_decimals} decimals for the quantity</source>
        <translation>Använd högst {quantity_decimals} decimaler i antalet</translation>
    </message>
    <message>
        <source>VAT must be a percentage such as 25</source>
        <translation>Momsen måste vara en procentsats, till exempel 25</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Void — {id}</source>
        <translation>Makulera – {id}</translation>
    </message>
    <message>
        <source>Release the uncaptured rest of this payment: &lt;b&gt;{amount}&lt;/b&gt;. What was captured ({captured}) stays captured.</source>
        <translation>Släpp resten av betalningen som inte har dragits: &lt;b&gt;{amount}&lt;/b&gt;. Det som har dragits ({captured}) förblir draget.</translation>
    </message>
    <message>
        <source>Void the authorization of &lt;b&gt;{amount}&lt;/b&gt;: the reserved money is released to the customer and nothing can be captured afterwards.</source>
        <translation>Makulera reservationen på &lt;b&gt;{amount}&lt;/b&gt;: de reserverade pengarna släpps till kunden och inget kan dras efteråt.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Det går inte att ångra.</translation>
    </message>
    <message>
        <source>Continue to confirmation…</source>
        <translation>Fortsätt till bekräftelse …</translation>
    </message>
    <message>
        <source>Keep payment</source>
        <translation>Behåll betalningen</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>Capture</source>
        <translation>Dra</translation>
    </message>
    <message>
        <source>capture</source>
        <extracomment>An operation inside a sentence (&quot;an earlier capture&quot;): the same words as ``app.desk.wording.OPERATION_WORDS.verb``, which this layer cannot import.</extracomment>
        <translation>dra</translation>
    </message>
    <message>
        <source>captured</source>
        <translation>dras</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Återbetala</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>återbetala</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>återbetalas</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Makulera</translation>
    </message>
    <message>
        <source>void</source>
        <translation>makulera</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>makuleras</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Dragen</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Återbetald</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Makulerad</translation>
    </message>
    <message>
        <source>Initiated</source>
        <translation>Påbörjad</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Pausad</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Reserverad</translation>
    </message>
    <message>
        <source>Partially captured</source>
        <translation>Delvis dragen</translation>
    </message>
    <message>
        <source>Part captured, part refunded</source>
        <translation>Delvis dragen, delvis återbetald</translation>
    </message>
    <message>
        <source>Partially refunded</source>
        <translation>Delvis återbetald</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Avvisad</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Misslyckad</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänd</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>Card (Swedbank Pay)</source>
        <translation>Kort (Swedbank Pay)</translation>
    </message>
    <message>
        <source>Card (Bambora)</source>
        <translation>Kort (Bambora)</translation>
    </message>
    <message>
        <source>Vipps</source>
        <translation>Vipps</translation>
    </message>
    <message>
        <source>Vipps (Swedbank Pay)</source>
        <translation>Vipps (Swedbank Pay)</translation>
    </message>
    <message>
        <source>Swish</source>
        <translation>Swish</translation>
    </message>
    <message>
        <source>Klarna</source>
        <translation>Klarna</translation>
    </message>
    <message>
        <source>Billie</source>
        <translation>Billie</translation>
    </message>
    <message>
        <source>Invoice (Walley)</source>
        <translation>Faktura (Walley)</translation>
    </message>
    <message>
        <source>Instalments (Walley)</source>
        <translation>Delbetalning (Walley)</translation>
    </message>
    <message>
        <source>Instabank</source>
        <translation>Instabank</translation>
    </message>
    <message>
        <source>unknown payment method</source>
        <translation>okänt betalsätt</translation>
    </message>
    <message>
        <source>Unknown payment method</source>
        <translation>Okänt betalsätt</translation>
    </message>
</context>
</TS>
