<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Paydesk</source>
        <translation>Om Paydesk</translation>
    </message>
    <message>
        <source>&lt;h2 style=&apos;margin:0&apos;&gt;Paydesk&lt;/h2&gt;&lt;p style=&apos;margin:0&apos;&gt;Version {label}&lt;/p&gt;&lt;p style=&apos;margin:0&apos;&gt;Payment links and transactions for Dintero Checkout.&lt;/p&gt;</source>
        <translation>&lt;h2 style=&apos;margin:0&apos;&gt;Paydesk&lt;/h2&gt;&lt;p style=&apos;margin:0&apos;&gt;Version {label}&lt;/p&gt;&lt;p style=&apos;margin:0&apos;&gt;Betalingslinks og transaktioner til Dintero Checkout.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Libraries included, with their licences&lt;/b&gt;</source>
        <translation>&lt;b&gt;Medfølgende biblioteker og deres licenser&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Libraries included, with their licences</source>
        <translation>Medfølgende biblioteker og deres licenser</translation>
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
        <translation>Styresystem</translation>
    </message>
    <message>
        <source>Built</source>
        <translation>Bygget</translation>
    </message>
    <message>
        <source>Installed app</source>
        <translation>Installeret program</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datamappe</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Logmappe</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licens</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiér</translation>
    </message>
    <message>
        <source>Copy version and folders, to send to support</source>
        <translation>Kopiér version og mapper til at sende til support</translation>
    </message>
</context>
<context>
    <name>Account</name>
    <message>
        <source>{capitalize} must be text</source>
        <translation>{capitalize} skal være tekst</translation>
    </message>
    <message>
        <source>Give the account a name</source>
        <translation>Giv kontoen et navn</translation>
    </message>
    <message>
        <source>Account id must be T or P followed by 8 digits</source>
        <translation>Konto-id skal være T eller P efterfulgt af 8 cifre</translation>
    </message>
    <message>
        <source>Enter the client id of the API client</source>
        <translation>Indtast API-klientens klient-id</translation>
    </message>
    <message>
        <source>Client id cannot contain spaces or &apos;:&apos;</source>
        <translation>Klient-id må ikke indeholde mellemrum eller &apos;:&apos;</translation>
    </message>
    <message>
        <source>Enter a checkout profile id (usually &apos;default&apos;)</source>
        <translation>Indtast et checkout-profil-id (som regel &apos;default&apos;)</translation>
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
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>{label} must be text</source>
        <translation>{label} skal være tekst</translation>
    </message>
    <message>
        <source>Unknown currency {currency!r}</source>
        <translation>Ukendt valuta {currency!r}</translation>
    </message>
    <message>
        <source>Orders API setting must be on or off</source>
        <translation>Indstillingen for Orders API skal være til eller fra</translation>
    </message>
    <message>
        <source>The shop name and organisation number must be text</source>
        <translation>Butiksnavnet og CVR-nummeret skal være tekst</translation>
    </message>
    <message>
        <source>Account key must be a non-empty letters-and-digits id</source>
        <translation>Kontonøglen skal være et id af bogstaver og cifre</translation>
    </message>
    <message>
        <source>Callback URL must start with https:// on a production account</source>
        <translation>Callback-URL&apos;en skal starte med https:// på en produktionskonto</translation>
    </message>
    <message>
        <source>Callback URL must be a public address Dintero can reach, not a local or example one</source>
        <translation>Callback-URL&apos;en skal være en offentlig adresse, som Dintero kan nå, ikke en lokal adresse eller en eksempeladresse</translation>
    </message>
    <message>
        <source>Return URL must be the shop&apos;s own page on a production account, not an example address</source>
        <translation>Retur-URL&apos;en skal være butikkens egen side på en produktionskonto, ikke en eksempeladresse</translation>
    </message>
    <message>
        <source>Enter the client secret of the API client</source>
        <translation>Indtast API-klientens klienthemmelighed</translation>
    </message>
    <message>
        <source>Enter the client secret for the changed client id</source>
        <translation>Indtast klienthemmeligheden for det ændrede klient-id</translation>
    </message>
    <message>
        <source>{failure} The client secret typed for it is still in the system keychain (service &quot;{service}&quot;, entry &quot;{entry}&quot;) and could not be taken back: {reason}</source>
        <translation>{failure} Klienthemmeligheden, der blev indtastet til den, ligger stadig i systemets nøglering (tjeneste »{service}«, post »{entry}«) og kunne ikke tages tilbage: {reason}</translation>
    </message>
    <message>
        <source>The account “{name}” was removed, but its client secret could not be deleted from the system keychain (service &quot;{service}&quot;, entry &quot;{entry}&quot;): {reason} Delete that entry in the keychain, or it stays there unused.</source>
        <translation>Kontoen »{name}« blev fjernet, men klienthemmeligheden kunne ikke slettes fra systemets nøglering (tjeneste »{service}«, post »{entry}«): {reason} Slet den post i nøgleringen, ellers bliver den liggende ubrugt.</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <source>Paste the client secret</source>
        <translation>Indsæt klienthemmeligheden</translation>
    </message>
    <message>
        <source>Saved in the system keychain — type a new one to replace it</source>
        <translation>Gemt i systemets nøglering – skriv en ny for at erstatte den</translation>
    </message>
    <message>
        <source>My shop (test)</source>
        <translation>Min butik (test)</translation>
    </message>
    <message>
        <source>T12345678 for test, P12345678 for production</source>
        <translation>T12345678 til test, P12345678 til produktion</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>valgfrit</translation>
    </message>
    <message>
        <source>optional: only for a local sandbox</source>
        <translation>valgfrit: kun til en lokal sandkasse</translation>
    </message>
    <message>
        <source>Record payments in Dintero&apos;s Orders API</source>
        <translation>Registrér betalinger i Dinteros Orders API</translation>
    </message>
    <message>
        <source>as printed on receipts (the name above if empty)</source>
        <translation>som det står på kvitteringer (navnet ovenfor, hvis tomt)</translation>
    </message>
    <message>
        <source>printed on receipts, e.g. 987 654 321</source>
        <translation>står på kvitteringer, f.eks. 12 34 56 78</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontonavn</translation>
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
        <translation>Klienthemmelighed</translation>
    </message>
    <message>
        <source>Client s&amp;ecret</source>
        <translation>Klient&amp;hemmelighed</translation>
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
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Base UR&amp;L</source>
        <translation>&amp;Basis-URL</translation>
    </message>
    <message>
        <source>Orders API</source>
        <translation>Orders API</translation>
    </message>
    <message>
        <source>S&amp;hop name</source>
        <translation>B&amp;utiksnavn</translation>
    </message>
    <message>
        <source>Shop name on receipts</source>
        <translation>Butiksnavn på kvitteringer</translation>
    </message>
    <message>
        <source>&amp;Organisation no.</source>
        <translation>&amp;Org.nr./CVR</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>CVR-nummer</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Miljø</translation>
    </message>
    <message>
        <source>PRODUCTION — real money</source>
        <translation>PRODUKTION – rigtige penge</translation>
    </message>
    <message>
        <source>Test — no real money</source>
        <translation>Test – ingen rigtige penge</translation>
    </message>
    <message>
        <source>Starts with T (test) or P (production)</source>
        <translation>Starter med T (test) eller P (produktion)</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>Another Paydesk window is saving the account list. Try again in a moment.</source>
        <translation>Et andet Paydesk-vindue gemmer kontolisten. Prøv igen om lidt.</translation>
    </message>
    <message>
        <source>Cannot use the account list at {path}: {value}.</source>
        <translation>Kan ikke bruge kontolisten i {path}: {value}.</translation>
    </message>
    <message>
        <source>Cannot read the account list at {path}: {value}.</source>
        <translation>Kan ikke læse kontolisten i {path}: {value}.</translation>
    </message>
    <message>
        <source>The account list at {path} was written by a newer Paydesk (format {version}). Update Paydesk to use it.</source>
        <translation>Kontolisten i {path} er skrevet af en nyere Paydesk (format {version}). Opdater Paydesk for at bruge den.</translation>
    </message>
    <message>
        <source>The account list ({name}) cannot be read: {reason}. Paydesk could not move it aside ({value}): fix or remove {path}, then start Paydesk again.</source>
        <translation>Kontolisten ({name}) kan ikke læses: {reason}. Paydesk kunne ikke flytte den til side ({value}): ret eller fjern {path}, og start derefter Paydesk igen.</translation>
    </message>
    <message>
        <source>The account list ({name}) was damaged: {reason}. Paydesk moved it aside as {name2} and starts with an empty account list. Add the accounts again, or have support repair the moved file and put it back.</source>
        <translation>Kontolisten ({name}) var beskadiget: {reason}. Paydesk flyttede den til side som {name2} og starter med en tom kontoliste. Tilføj kontiene igen, eller få support til at reparere den flyttede fil og lægge den tilbage.</translation>
    </message>
    <message>
        <source>Cannot save the account list at {path}: {value}. The previous list is unchanged.</source>
        <translation>Kan ikke gemme kontolisten i {path}: {value}. Den tidligere liste er uændret.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Konti</translation>
    </message>
    <message>
        <source>Each account is one Dintero API client. Secrets are kept in the system keychain and are never shown again after saving.</source>
        <translation>Hver konto er én API-klient hos Dintero. Hemmelighederne opbevares i systemets nøglering og vises aldrig igen, når de er gemt.</translation>
    </message>
    <message>
        <source>Ne&amp;w account</source>
        <translation>N&amp;y konto</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Fjern …</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test forbindelsen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Could not read the accounts</source>
        <translation>Kunne ikke læse kontiene</translation>
    </message>
    <message>
        <source>Fill in the account and its API client, then Save.</source>
        <translation>Udfyld kontoen og dens API-klient, og tryk på Gem.</translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation>»{name}« er gemt.</translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation>Ikke gemt: {message}</translation>
    </message>
    <message>
        <source>Could not save the account</source>
        <translation>Kunne ikke gemme kontoen</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Fjern konto</translation>
    </message>
    <message>
        <source>Remove “{name}” ({account_id})?</source>
        <translation>Fjern »{name}« ({account_id})?</translation>
    </message>
    <message>
        <source>Its client secret is deleted from the keychain. Payment links and transactions at Dintero are not affected.</source>
        <translation>Klienthemmeligheden slettes fra nøgleringen. Betalingslinks og transaktioner hos Dintero berøres ikke.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behold</translation>
    </message>
    <message>
        <source>Removed “{name}”.</source>
        <translation>»{name}« er fjernet.</translation>
    </message>
    <message>
        <source>Could not remove “{name}”</source>
        <translation>Kunne ikke fjerne »{name}«</translation>
    </message>
    <message>
        <source>Enter the client secret to test the connection</source>
        <translation>Indtast klienthemmeligheden for at teste forbindelsen</translation>
    </message>
    <message>
        <source>Connection failed: {message}</source>
        <translation>Forbindelsen mislykkedes: {message}</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Tester …</translation>
    </message>
    <message>
        <source>Could not test the connection</source>
        <translation>Kunne ikke teste forbindelsen</translation>
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
        <translation>Paydesk kører allerede</translation>
    </message>
    <message>
        <source>Paydesk is already running for this user.</source>
        <translation>Paydesk kører allerede for denne bruger.</translation>
    </message>
    <message>
        <source>Find its window on the task bar. If it does not appear within a minute, restart the computer.</source>
        <translation>Find vinduet på proceslinjen. Hvis det ikke dukker op inden for et minut, så genstart computeren.</translation>
    </message>
</context>
<context>
    <name>Authorization</name>
    <message>
        <source>Swish captures at payment</source>
        <translation>Swish hæver ved betaling</translation>
    </message>
    <message>
        <source>Klarna authorizations last 28 days and can be extended</source>
        <translation>Klarna-reservationer gælder i 28 dage og kan forlænges</translation>
    </message>
    <message>
        <source>Walley (Collector) authorizations last 90 days</source>
        <translation>Walley-reservationer (Collector) gælder i 90 dage</translation>
    </message>
    <message>
        <source>Instabank orders are assumed to be held 30 days</source>
        <translation>Instabank-ordrer antages at blive holdt i 30 dage</translation>
    </message>
    <message>
        <source>Santander orders are assumed to be held 30 days</source>
        <translation>Santander-ordrer antages at blive holdt i 30 dage</translation>
    </message>
    <message>
        <source>Two invoices are assumed to be held 30 days</source>
        <translation>Two-fakturaer antages at blive holdt i 30 dage</translation>
    </message>
    <message>
        <source>Kravia invoices are assumed to be held 30 days</source>
        <translation>Kravia-fakturaer antages at blive holdt i 30 dage</translation>
    </message>
    <message>
        <source>Vipps reservations last about 7 days</source>
        <translation>Vipps-reservationer gælder i omkring 7 dage</translation>
    </message>
    <message>
        <source>Mobile wallet reservations follow the card rule, about 7 days</source>
        <translation>Reservationer med mobil tegnebog følger kortreglen, omkring 7 dage</translation>
    </message>
    <message>
        <source>Card authorizations last about 7 days</source>
        <translation>Kortreservationer gælder i omkring 7 dage</translation>
    </message>
    <message>
        <source>Unknown payment method: assuming about 7 days</source>
        <translation>Ukendt betalingsmetode: regner med omkring 7 dage</translation>
    </message>
</context>
<context>
    <name>BulkCapture</name>
    <message>
        <source>unexpected error ({error}); check the transaction before trying again</source>
        <translation>uventet fejl ({error}); tjek transaktionen, før du prøver igen</translation>
    </message>
    <message>
        <source>cancelled before it started</source>
        <translation>annulleret, før det startede</translation>
    </message>
    <message>
        <source>another operation on it is running</source>
        <translation>en anden handling på den er i gang</translation>
    </message>
    <message>
        <source>not sent: {reason}</source>
        <translation>ikke sendt: {reason}</translation>
    </message>
    <message>
        <source>refused: {reason}</source>
        <translation>afvist: {reason}</translation>
    </message>
    <message>
        <source>interrupted after it was sent: check the transaction</source>
        <translation>afbrudt, efter det blev sendt: tjek transaktionen</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>afbrudt</translation>
    </message>
</context>
<context>
    <name>BulkCaptureDialog</name>
    <message>
        <source>Capture selected transactions</source>
        <translation>Hæv valgte transaktioner</translation>
    </message>
    <message>
        <source>Transactions to capture</source>
        <translation>Transaktioner, der skal hæves</translation>
    </message>
    <message>
        <source>%v of %m done</source>
        <translation>%v af %m færdige</translation>
    </message>
    <message>
        <source>Captures at the same time</source>
        <translation>Hævninger på samme tid</translation>
    </message>
    <message>
        <source>How many captures are sent to Dintero at once</source>
        <translation>Hvor mange hævninger der sendes til Dintero på én gang</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Stops starting new captures; those already sent finish</source>
        <translation>Starter ingen nye hævninger; dem, der allerede er sendt, gøres færdige</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>At the same time:</source>
        <translation>Samtidig:</translation>
    </message>
    <message>
        <source>The selection mixes currencies ({currencies}). Select transactions in one currency to capture them together.</source>
        <translation>Udvalget blander valutaer ({currencies}). Vælg transaktioner i én valuta for at hæve dem samlet.</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Hæv</translation>
    </message>
    <message>
        <source>Capture {count} authorized transactions in full: {total} in total. Each row shows its result.</source>
        <translation>Hæv hele beløbet på {count} reserverede transaktioner: {total} i alt. Hver række viser sit resultat.</translation>
    </message>
    <message numerus="yes">
        <source>Capture %n transaction(s)…</source>
        <translation>
            <numerusform>Hæv %n transaktion …</numerusform>
            <numerusform>Hæv %n transaktioner …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s), each in full</source>
        <translation>
            <numerusform>%n transaktion, hele beløbet</numerusform>
            <numerusform>%n transaktioner, hele beløbet på hver</numerusform>
        </translation>
    </message>
    <message>
        <source>Capturing…</source>
        <translation>Hæver …</translation>
    </message>
    <message>
        <source>Bulk capture stopped</source>
        <translation>Samlet hævning stoppet</translation>
    </message>
    <message>
        <source>Cancelling: no new captures are started; sent ones finish…</source>
        <translation>Annullerer: ingen nye hævninger startes; de sendte gøres færdige …</translation>
    </message>
    <message>
        <source>Captured {done} of {count} ({amount}).</source>
        <translation>Hævet {done} af {count} ({amount}).</translation>
    </message>
    <message>
        <source>{count} failed.</source>
        <translation>{count} mislykkedes.</translation>
    </message>
    <message>
        <source>{count} unconfirmed — check before retrying.</source>
        <translation>{count} ubekræftede – tjek før du prøver igen.</translation>
    </message>
    <message>
        <source>{count} still pending at Dintero.</source>
        <translation>{count} afventer stadig hos Dintero.</translation>
    </message>
    <message>
        <source>{count} skipped.</source>
        <translation>{count} sprunget over.</translation>
    </message>
    <message>
        <source>{count} not started.</source>
        <translation>{count} ikke startet.</translation>
    </message>
</context>
<context>
    <name>BulkRowsModel</name>
    <message>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>I gang</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Hævet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislykket</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Behandles</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ukendt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Sprunget over</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Ikke startet</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Cancel the payment link {shorten}?</source>
        <translation>Stop betalingslinket {shorten}?</translation>
    </message>
    <message>
        <source>This link cannot be cancelled</source>
        <translation>Dette link kan ikke stoppes</translation>
    </message>
    <message>
        <source>It is already cancelled: nobody can pay with it.</source>
        <translation>Det er allerede stoppet: ingen kan betale med det.</translation>
    </message>
    <message>
        <source>It has expired unpaid: nobody can pay with it any more, so there is nothing to cancel.</source>
        <translation>Det er udløbet ubetalt: ingen kan betale med det længere, så der er intet at stoppe.</translation>
    </message>
    <message>
        <source>The customer declined the payment</source>
        <translation>Kunden afviste betalingen</translation>
    </message>
    <message>
        <source>The payment failed</source>
        <translation>Betalingen mislykkedes</translation>
    </message>
    <message>
        <source>{what}. A link has only one payment, so this link can&apos;t be paid again, and Dintero does not cancel it. Use “New link from this one” to send the customer a new link.</source>
        <translation>{what}. Et link har kun én betaling, så dette link kan ikke betales igen, og Dintero stopper det ikke. Brug »Nyt link ud fra dette« for at sende kunden et nyt link.</translation>
    </message>
    <message>
        <source>The customer has not paid. After cancelling, the customer can no longer pay with this link. This cannot be undone; send a new link if the customer still wants to buy.</source>
        <translation>Kunden har ikke betalt. Når linket er stoppet, kan kunden ikke længere betale med det. Det kan ikke fortrydes; send et nyt link, hvis kunden stadig vil købe.</translation>
    </message>
    <message>
        <source>Paid — {status}</source>
        <translation>Betalt – {status}</translation>
    </message>
    <message>
        <source>payment status not known yet</source>
        <translation>betalingsstatus endnu ukendt</translation>
    </message>
    <message>
        <source>The customer has paid. The authorized payment of {amount} will be voided (released to the customer) and can no longer be captured. This cannot be undone.</source>
        <translation>Kunden har betalt. Den reserverede betaling på {amount} annulleres (frigives til kunden) og kan ikke længere hæves. Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>Paid — authorized, not captured</source>
        <translation>Betalt – reserveret, ikke hævet</translation>
    </message>
    <message>
        <source>The customer has started paying. The payment of {amount} will be voided (released to the customer) and the customer can no longer pay with this link. This cannot be undone.</source>
        <translation>Kunden er begyndt at betale. Betalingen på {amount} annulleres (frigives til kunden), og kunden kan ikke længere betale med dette link. Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>Payment started, not completed</source>
        <translation>Betaling påbegyndt, ikke gennemført</translation>
    </message>
    <message>
        <source>The payment of {amount} is already captured — refund it on the Transactions page instead. Dintero does not cancel a link whose payment is captured.</source>
        <translation>Betalingen på {amount} er allerede hævet – refunder den i stedet på siden Transaktioner. Dintero stopper ikke et link, hvis betaling er hævet.</translation>
    </message>
    <message>
        <source>The payment is on hold for the payment provider&apos;s review, and Dintero does not cancel the link meanwhile. Don&apos;t ship yet: when the review ends, the payment is either authorized (then cancelling the link voids it) or failed.</source>
        <translation>Betalingen er sat i bero, mens betalingsudbyderen vurderer den, og Dintero stopper ikke linket imens. Send ikke varerne endnu: når vurderingen er færdig, bliver betalingen enten reserveret (så annulleres den, hvis du stopper linket) eller afvist.</translation>
    </message>
    <message>
        <source>The payment has already been voided: the money went back to the customer.</source>
        <translation>Betalingen er allerede annulleret: pengene gik tilbage til kunden.</translation>
    </message>
    <message>
        <source>Paydesk has not read the payment&apos;s status yet, so it cannot tell whether Dintero would void it. Look the payment up on the Transactions page.</source>
        <translation>Paydesk har endnu ikke læst betalingens status, så det vides ikke, om Dintero ville annullere den. Slå betalingen op på siden Transaktioner.</translation>
    </message>
    <message>
        <source>The payment is {known}, and Dintero does not cancel the link then. See the payment on the Transactions page.</source>
        <translation>Betalingen er {known}, og så stopper Dintero ikke linket. Se betalingen på siden Transaktioner.</translation>
    </message>
</context>
<context>
    <name>CancelLinkDialog</name>
    <message>
        <source>Cancel payment link</source>
        <translation>Stop betalingslink</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Betalingslink</translation>
    </message>
    <message>
        <source>PRODUCTION — real money</source>
        <translation>PRODUKTION – rigtige penge</translation>
    </message>
    <message>
        <source>TEST environment — no real money</source>
        <translation>TESTMILJØ – ingen rigtige penge</translation>
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
        <translation>Miljø:</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Link:</translation>
    </message>
    <message>
        <source>&lt;b&gt;{amount}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{amount}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Beløb:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Keep link</source>
        <translation>Behold linket</translation>
    </message>
    <message>
        <source>Cancel link and void payment</source>
        <translation>Stop linket og annuller betalingen</translation>
    </message>
    <message>
        <source>Cancel link</source>
        <translation>Stop linket</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <source>Authorized {authorized}, captured {captured}. Left to capture: &lt;b&gt;{remaining}&lt;/b&gt;.</source>
        <translation>Reserveret {authorized}, hævet {captured}. Tilbage at hæve: &lt;b&gt;{remaining}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Final capture: release whatever is left uncaptured (no later captures)</source>
        <translation>Sidste hævning: frigiv det, der ikke er hævet (ingen senere hævninger)</translation>
    </message>
    <message>
        <source>Final capture is not offered for {value}.</source>
        <translation>Sidste hævning tilbydes ikke for {value}.</translation>
    </message>
    <message>
        <source>this payment method</source>
        <translation>denne betalingsmetode</translation>
    </message>
    <message>
        <source>Final capture</source>
        <translation>Sidste hævning</translation>
    </message>
</context>
<context>
    <name>CardCharging</name>
    <message>
        <source>No card was saved with this link.</source>
        <translation>Der blev ikke gemt noget kort med dette link.</translation>
    </message>
    <message>
        <source>The card issuer said not to try this card again ({reason}). Ask the customer for another card.</source>
        <translation>Kortudstederen sagde, at kortet ikke må prøves igen ({reason}). Bed kunden om et andet kort.</translation>
    </message>
    <message>
        <source>The card issuer asked to wait until {when} before trying again.</source>
        <translation>Kortudstederen bad om at vente til {when}, før du prøver igen.</translation>
    </message>
    <message>
        <source>charging {amount} on a saved card</source>
        <translation>trækker {amount} på et gemt kort</translation>
    </message>
    <message>
        <source>The shared database cannot be reached, so the other desks could not see this charge. Nothing was sent.</source>
        <translation>Den fælles database kan ikke nås, så de andre kasser ville ikke kunne se denne trækning. Der blev ikke sendt noget.</translation>
    </message>
    <message>
        <source>The card was saved for {currency}.</source>
        <translation>Kortet blev gemt til {currency}.</translation>
    </message>
    <message>
        <source>An earlier charge on this card ({reference}) is not confirmed yet. Check it before charging again.</source>
        <translation>En tidligere trækning på dette kort ({reference}) er ikke bekræftet endnu. Tjek den, før du trækker igen.</translation>
    </message>
    <message>
        <source>Not confirmed: {cause} The charge may have gone through. Paydesk looks for it at Dintero and never sends it again; check before charging the card again.</source>
        <translation>Ikke bekræftet: {cause} Trækningen kan være gået igennem. Paydesk leder efter den hos Dintero og sender den aldrig igen; tjek, før du trækker på kortet igen.</translation>
    </message>
    <message>
        <source>Charged {amount}. Transaction {id}.</source>
        <translation>Trukket {amount}. Transaktion {id}.</translation>
    </message>
    <message>
        <source>Declined: {reason}</source>
        <translation>Afvist: {reason}</translation>
    </message>
    <message>
        <source>The card is marked: it must not be tried again.</source>
        <translation>Kortet er markeret: det må ikke prøves igen.</translation>
    </message>
    <message>
        <source>Try again after {when}.</source>
        <translation>Prøv igen efter {when}.</translation>
    </message>
    <message>
        <source>Dintero has no payment {reference}: nothing was charged.</source>
        <translation>Dintero har ingen betaling {reference}: der blev ikke trukket noget.</translation>
    </message>
    <message>
        <source>Dintero has no payment {reference} yet; check again soon.</source>
        <translation>Dintero har ingen betaling {reference} endnu; tjek igen snart.</translation>
    </message>
</context>
<context>
    <name>CardPayment</name>
    <message>
        <source>The payment is {status}.</source>
        <translation>Betalingen er {status}.</translation>
    </message>
</context>
<context>
    <name>CardSaving</name>
    <message>
        <source>Metadata &quot;{pair}&quot; is not key=value</source>
        <translation>Metadata »{pair}« er ikke nøgle=værdi</translation>
    </message>
    <message>
        <source>Metadata key &quot;{key}&quot; cannot be used</source>
        <translation>Metadatanøglen »{key}« kan ikke bruges</translation>
    </message>
    <message>
        <source>{problem} Retrying…</source>
        <translation>{problem} Prøver igen …</translation>
    </message>
    <message>
        <source>Stopped following the link: {problem}</source>
        <translation>Holdt op med at følge linket: {problem}</translation>
    </message>
    <message>
        <source>No card was saved; send a new card-saving link.</source>
        <translation>Der blev ikke gemt noget kort; send et nyt link til kortgemning.</translation>
    </message>
    <message>
        <source>They can try again with the same link.</source>
        <translation>Kunden kan prøve igen med det samme link.</translation>
    </message>
    <message>
        <source>The customer&apos;s attempt failed ({reason}). {again}</source>
        <translation>Kundens forsøg mislykkedes ({reason}). {again}</translation>
    </message>
</context>
<context>
    <name>CardTokenDialog</name>
    <message>
        <source>Save a card for a returning customer</source>
        <translation>Gem kort for en fast kunde</translation>
    </message>
    <message>
        <source>Send the customer a link where they enter their card. Nothing is charged; Dintero keeps the card as a payment token for later orders.</source>
        <translation>Send kunden et link, hvor de indtaster deres kort. Der trækkes intet; Dintero gemmer kortet som et betalingstoken til senere ordrer.</translation>
    </message>
    <message>
        <source>Customer e-mail</source>
        <translation>Kundens e-mail</translation>
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
        <translation>butikkens kundenummer (valgfrit)</translation>
    </message>
    <message>
        <source>key=value; key=value (optional)</source>
        <translation>nøgle=værdi; nøgle=værdi (valgfrit)</translation>
    </message>
    <message>
        <source>Customer &amp;e-mail</source>
        <translation>Kundens &amp;e-mail</translation>
    </message>
    <message>
        <source>Customer &amp;phone</source>
        <translation>Kundens &amp;telefon</translation>
    </message>
    <message>
        <source>Customer &amp;id</source>
        <translation>Kunde-&amp;id</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Valuta</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Reference</translation>
    </message>
    <message>
        <source>Reference &amp;2</source>
        <translation>Reference &amp;2</translation>
    </message>
    <message>
        <source>Link e&amp;xpires</source>
        <translation>Linket &amp;udløber</translation>
    </message>
    <message>
        <source>&amp;Metadata</source>
        <translation>&amp;Metadata</translation>
    </message>
    <message>
        <source>Merchant &amp;terms</source>
        <translation>&amp;Vilkår</translation>
    </message>
    <message>
        <source>Card-saving link</source>
        <translation>Link til kortgemning</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>&amp;Kopiér linket</translation>
    </message>
    <message>
        <source>Fill in the customer and create the link.</source>
        <translation>Udfyld kunden, og opret linket.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Card-saving links sent earlier&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tidligere sendte links til kortgemning&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Card-saving links sent earlier</source>
        <translation>Tidligere sendte links til kortgemning</translation>
    </message>
    <message>
        <source>Create card-saving &amp;link</source>
        <translation>Opret &amp;link til kortgemning</translation>
    </message>
    <message>
        <source>Link created — waiting for the customer</source>
        <translation>Linket er oprettet – venter på kunden</translation>
    </message>
    <message>
        <source>Save &amp;another card…</source>
        <translation>Gem et &amp;andet kort …</translation>
    </message>
    <message>
        <source>Could not read the card-saving links sent earlier</source>
        <translation>Kunne ikke læse tidligere sendte links til kortgemning</translation>
    </message>
    <message>
        <source>Waiting for the customer to enter the card…</source>
        <translation>Venter på, at kunden indtaster kortet …</translation>
    </message>
    <message>
        <source>The card-saving link is {state}. No card was saved.</source>
        <translation>Linket til kortgemning er {state}. Der blev ikke gemt noget kort.</translation>
    </message>
    <message>
        <source>&quot;{email}&quot; is not an e-mail address</source>
        <translation>»{email}« er ikke en e-mailadresse</translation>
    </message>
    <message>
        <source>Enter a reference</source>
        <translation>Indtast en reference</translation>
    </message>
    <message>
        <source>The merchant terms must be an https:// address</source>
        <translation>Vilkårene skal være en https://-adresse</translation>
    </message>
    <message>
        <source>The link must expire in the future</source>
        <translation>Linket skal udløbe ude i fremtiden</translation>
    </message>
    <message>
        <source>Could not create the card-saving link</source>
        <translation>Kunne ikke oprette linket til kortgemning</translation>
    </message>
    <message>
        <source>Stopped following the card-saving link</source>
        <translation>Holdt op med at følge linket til kortgemning</translation>
    </message>
    <message>
        <source>&lt;b&gt;Card saved&lt;/b&gt; {when} for {customer}.&lt;br&gt;Token reference: &lt;b&gt;{token}&lt;/b&gt;&lt;br&gt;Card: {card}&lt;br&gt;Transaction: {transaction}</source>
        <translation>&lt;b&gt;Kortet er gemt&lt;/b&gt; {when} for {customer}.&lt;br&gt;Tokenreference: &lt;b&gt;{token}&lt;/b&gt;&lt;br&gt;Kort: {card}&lt;br&gt;Transaktion: {transaction}</translation>
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
        <translation>intet kort gemt endnu</translation>
    </message>
    <message>
        <source>{state}, no card saved</source>
        <translation>{state}, intet kort gemt</translation>
    </message>
</context>
<context>
    <name>ChargeCardDialog</name>
    <message>
        <source>Charge a saved card</source>
        <translation>Træk på et gemt kort</translation>
    </message>
    <message>
        <source>The customer is not there: Dintero charges the card they saved. Use it only as agreed with the customer.</source>
        <translation>Kunden er ikke til stede: Dintero trækker på det kort, kunden har gemt. Brug det kun som aftalt med kunden.</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>Kort:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>optional, e.g. the shop&apos;s order number</source>
        <translation>valgfrit, f.eks. butikkens ordrenummer</translation>
    </message>
    <message>
        <source>Reference &amp;2:</source>
        <translation>Reference &amp;2:</translation>
    </message>
    <message>
        <source>C&amp;harge card…</source>
        <translation>&amp;Træk på kortet …</translation>
    </message>
    <message>
        <source>Check &amp;earlier charges</source>
        <translation>Tjek t&amp;idligere trækninger</translation>
    </message>
    <message>
        <source>Last refusal: {reason}</source>
        <translation>Seneste afvisning: {reason}</translation>
    </message>
    <message>
        <source>Charge card</source>
        <translation>Træk på kortet</translation>
    </message>
    <message>
        <source>A new payment, without the customer, on the card {who} saved.</source>
        <translation>En ny betaling, uden kunden, på det kort, {who} gemte.</translation>
    </message>
    <message>
        <source>Not charged: the confirmation was closed.</source>
        <translation>Ikke trukket: bekræftelsen blev lukket.</translation>
    </message>
    <message>
        <source>Charging {amount}…</source>
        <translation>Trækker {amount} …</translation>
    </message>
    <message>
        <source>The card was not charged</source>
        <translation>Der blev ikke trukket på kortet</translation>
    </message>
    <message>
        <source>Could not check the earlier charges</source>
        <translation>Kunne ikke tjekke de tidligere trækninger</translation>
    </message>
    <message>
        <source>No charge on this card is open.</source>
        <translation>Ingen trækning på dette kort er åben.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Confirm: {action}</source>
        <translation>Bekræft: {action}</translation>
    </message>
    <message>
        <source>PRODUCTION — real money</source>
        <translation>PRODUKTION – rigtige penge</translation>
    </message>
    <message>
        <source>Test environment — no real money</source>
        <translation>Testmiljø – ingen rigtige penge</translation>
    </message>
    <message>
        <source>&lt;b&gt;{amount}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{amount}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Handling:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Miljø:</translation>
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
        <translation>Beløb:</translation>
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
        <translation>{lower} ikke</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>{problem} Dintero said: “{said}”.</source>
        <extracomment>The scope Dintero&apos;s Orders API asks of an API client. An order id no shop has: asking for it tells whether the Orders API answers at all. The credentials were accepted and something after them failed: the message says so itself, so it is not headed &quot;Connection failed&quot;.</extracomment>
        <translation>{problem} Dintero svarede: »{said}«.</translation>
    </message>
    <message>
        <source>Connected to the PRODUCTION account {account_id}. Dintero issued a token valid for {minutes} minutes.</source>
        <translation>Forbundet til PRODUKTIONS-kontoen {account_id}. Dintero udstedte et token, der gælder i {minutes} minutter.</translation>
    </message>
    <message>
        <source>Connected to the test account {account_id}. Dintero issued a token valid for {minutes} minutes.</source>
        <translation>Forbundet til testkontoen {account_id}. Dintero udstedte et token, der gælder i {minutes} minutter.</translation>
    </message>
    <message>
        <source>The API client may record payments in the Orders API ({scope}).</source>
        <translation>API-klienten må registrere betalinger i Orders API ({scope}).</translation>
    </message>
    <message>
        <source>The credentials work, but this API client may not use Dintero&apos;s Orders API: it lacks the “{scope}” scope. With the Orders API setting on, payments would be taken but not recorded on their orders. Give the API client that scope in Dintero&apos;s back office, or turn the Orders API setting off for this account.</source>
        <translation>Loginoplysningerne virker, men denne API-klient må ikke bruge Dinteros Orders API: den mangler adgangen »{scope}«. Med indstillingen Orders API slået til ville betalinger blive modtaget, men ikke registreret på deres ordrer. Giv API-klienten den adgang i Dinteros back office, eller slå indstillingen Orders API fra for denne konto.</translation>
    </message>
    <message>
        <source>The credentials work, but Dintero&apos;s Orders API did not answer as expected: {reason}</source>
        <translation>Loginoplysningerne virker, men Dinteros Orders API svarede ikke som forventet: {reason}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something unexpected went wrong inside Paydesk. Nothing more was sent to Dintero because of it. You can keep working; if something looks wrong, close Paydesk and start it again.</source>
        <translation>Noget uventet gik galt i Paydesk. Der blev ikke sendt mere til Dintero på grund af det. Du kan arbejde videre; hvis noget ser forkert ud, så luk Paydesk og start det igen.</translation>
    </message>
    <message>
        <source>Paydesk — unexpected error</source>
        <translation>Paydesk – uventet fejl</translation>
    </message>
    <message>
        <source>A report was saved as &lt;b&gt;{file}&lt;/b&gt; in {folder}. Send it to support with a few words about what you were doing.</source>
        <translation>En rapport blev gemt som &lt;b&gt;{file}&lt;/b&gt; i {folder}. Send den til support med et par ord om, hvad du var i gang med.</translation>
    </message>
    <message>
        <source>The report could not be saved; use Copy details and send the text to support.</source>
        <translation>Rapporten kunne ikke gemmes; brug Kopiér detaljer, og send teksten til support.</translation>
    </message>
    <message>
        <source>Report text</source>
        <translation>Rapporttekst</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Kopiér detaljer</translation>
    </message>
    <message>
        <source>Open report &amp;folder</source>
        <translation>Åbn rapport&amp;mappen</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Phone number or e-mail, e.g. 426 21 565</source>
        <translation>Telefonnummer eller e-mail, f.eks. 20 12 34 56</translation>
    </message>
    <message>
        <source>Customer phone or e-mail</source>
        <translation>Kundens telefon eller e-mail</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>Saved cards</source>
        <translation>Gemte kort</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gemt</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>Kunde-id</translation>
    </message>
    <message>
        <source>Can be charged</source>
        <translation>Kan trækkes</translation>
    </message>
    <message>
        <source>C&amp;harge selected card…</source>
        <translation>&amp;Træk på valgt kort …</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Betalinger</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Double-click a payment to open it</source>
        <translation>Dobbeltklik på en betaling for at åbne den</translation>
    </message>
    <message>
        <source>Press Enter on a payment to open it</source>
        <translation>Tryk Enter på en betaling for at åbne den</translation>
    </message>
    <message>
        <source>Payment links</source>
        <translation>Betalingslinks</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Looking up {who}…</source>
        <translation>Slår {who} op …</translation>
    </message>
    <message>
        <source>Could not look up the customer</source>
        <translation>Kunne ikke slå kunden op</translation>
    </message>
    <message>
        <source>{who}: {links} link(s), {payments} payment(s), {cards} saved card(s)</source>
        <translation>{who}: links: {links}, betalinger: {payments}, gemte kort: {cards}</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ikke endnu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>An earlier charge ({reference}) is not confirmed: open the card and check it first.</source>
        <translation>En tidligere trækning ({reference}) er ikke bekræftet: åbn kortet, og tjek den først.</translation>
    </message>
    <message>
        <source>Not charged</source>
        <translation>Ikke trukket</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Trukket</translation>
    </message>
    <message>
        <source>Charge not confirmed</source>
        <translation>Trækningen er ikke bekræftet</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <source>Enter a phone number or an e-mail address</source>
        <translation>Indtast et telefonnummer eller en e-mailadresse</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Select a transaction to see its details.</source>
        <extracomment>Statuses of a payment that did not (yet) go through: nothing to give a receipt for.</extracomment>
        <translation>Vælg en transaktion for at se detaljerne.</translation>
    </message>
    <message>
        <source>Retry recording on the order</source>
        <translation>Prøv at registrere på ordren igen</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Reserveret</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Hævet</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunderet</translation>
    </message>
    <message>
        <source>Left to capture</source>
        <translation>Tilbage at hæve</translation>
    </message>
    <message>
        <source>Left to refund</source>
        <translation>Tilbage at refundere</translation>
    </message>
    <message>
        <source>Payment link session</source>
        <translation>Betalingslinkets session</translation>
    </message>
    <message>
        <source>E&amp;xtend authorization…</source>
        <translation>&amp;Forlæng reservationen …</translation>
    </message>
    <message>
        <source>Ask Klarna for 28 more days to capture (up to 6 months)</source>
        <translation>Bed Klarna om 28 dage mere til at hæve (op til 6 måneder)</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Payment method:</source>
        <translation>Betalingsmetode:</translation>
    </message>
    <message>
        <source>Merchant reference:</source>
        <translation>Butikkens reference:</translation>
    </message>
    <message>
        <source>The merchant reference: the order&apos;s id in Dintero&apos;s Orders API</source>
        <translation>Butikkens reference: ordrens id i Dinteros Orders API</translation>
    </message>
    <message>
        <source>Order id:</source>
        <translation>Ordre-id:</translation>
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
        <translation>Udbetaling:</translation>
    </message>
    <message>
        <source>&amp;Capture…</source>
        <translation>H&amp;æv …</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>&amp;Refunder …</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>&amp;Annuller …</translation>
    </message>
    <message>
        <source>Rece&amp;ipt…</source>
        <translation>K&amp;vittering …</translation>
    </message>
    <message>
        <source>Print the receipt, save it as PDF or e-mail it</source>
        <translation>Udskriv kvitteringen, gem den som PDF, eller send den på e-mail</translation>
    </message>
    <message>
        <source>Why some actions are not offered</source>
        <translation>Hvorfor nogle handlinger ikke tilbydes</translation>
    </message>
    <message>
        <source>Transaction details</source>
        <translation>Transaktionsdetaljer</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Ordrelinjer</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Hændelser</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linjer</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Transaction summary</source>
        <translation>Transaktionsoversigt</translation>
    </message>
    <message>
        <source>C&amp;ustomer…</source>
        <translation>K&amp;unde …</translation>
    </message>
    <message>
        <source>Every link, payment and saved card of this customer</source>
        <translation>Alle links, betalinger og gemte kort for denne kunde</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>Kort:</translation>
    </message>
    <message>
        <source>Shipping address:</source>
        <translation>Leveringsadresse:</translation>
    </message>
    <message>
        <source>Billing address:</source>
        <translation>Faktureringsadresse:</translation>
    </message>
    <message>
        <source>{id}  ·  created {created_at}</source>
        <translation>{id}  ·  oprettet {created_at}</translation>
    </message>
    <message>
        <source>{operation} of {amount}</source>
        <translation>{operation} {amount}</translation>
    </message>
    <message>
        <source>{status} — pending: {pending}</source>
        <translation>{status} – afventer: {pending}</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;{escape}&quot;&gt;{escape2}&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;{escape}&quot;&gt;{escape2}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Open the payment page of this session</source>
        <translation>Åbn betalingssiden for denne session</translation>
    </message>
    <message>
        <source> (expires {date})</source>
        <translation> (udløber {date})</translation>
    </message>
    <message>
        <source>An operation on this transaction is still running; wait for it.</source>
        <translation>En handling på denne transaktion er stadig i gang; vent, til den er færdig.</translation>
    </message>
    <message>
        <source>Select a transaction first.</source>
        <translation>Vælg en transaktion først.</translation>
    </message>
    <message>
        <source>An operation on this transaction is still running.</source>
        <translation>En handling på denne transaktion er stadig i gang.</translation>
    </message>
</context>
<context>
    <name>Environment</name>
    <message>
        <source>Account id must be T or P followed by 8 digits</source>
        <translation>Konto-id skal være T eller P efterfulgt af 8 cifre</translation>
    </message>
</context>
<context>
    <name>EnvironmentBanner</name>
    <message>
        <source>PRODUCTION — real money moves on this account · {account}</source>
        <translation>PRODUKTION – rigtige penge flyttes på denne konto · {account}</translation>
    </message>
    <message>
        <source>TEST account — no real money · {account}</source>
        <translation>TESTKONTO – ingen rigtige penge · {account}</translation>
    </message>
    <message>
        <source>No account selected — add one under Accounts › Manage accounts</source>
        <translation>Ingen konto valgt – tilføj en under Konti › Administrer konti</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Kopiér detaljer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something unexpected went wrong. Nothing more was sent to Dintero. The details have been written to the log.</source>
        <translation>Noget uventet gik galt. Der blev ikke sendt mere til Dintero. Detaljerne er skrevet i loggen.</translation>
    </message>
    <message>
        <source>Could not complete the action</source>
        <translation>Kunne ikke gennemføre handlingen</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Noget gik galt.</translation>
    </message>
    <message>
        <source>Something went wrong while talking to Dintero.</source>
        <translation>Noget gik galt i kontakten med Dintero.</translation>
    </message>
    <message>
        <source>Could not reach Dintero. Check the internet connection and try again.</source>
        <translation>Kunne ikke nå Dintero. Tjek internetforbindelsen, og prøv igen.</translation>
    </message>
    <message>
        <source>Could not connect to Dintero. Check the internet connection and try again.</source>
        <translation>Kunne ikke forbinde til Dintero. Tjek internetforbindelsen, og prøv igen.</translation>
    </message>
    <message>
        <source>Could not reach Dintero through this computer&apos;s proxy server. Check the proxy settings, or ask whoever looks after the shop&apos;s network to allow Paydesk through.</source>
        <translation>Kunne ikke nå Dintero gennem computerens proxyserver. Tjek proxyindstillingerne, eller bed den, der står for butikkens netværk, om at lukke Paydesk igennem.</translation>
    </message>
    <message>
        <source>Paydesk did not connect because Dintero&apos;s security certificate could not be verified. A firewall or antivirus that inspects encrypted traffic can cause this: its certificate must be installed on this computer (ask whoever looks after the shop&apos;s network). Check also that the computer&apos;s date and time are right.</source>
        <translation>Paydesk forbandt ikke, fordi Dinteros sikkerhedscertifikat ikke kunne bekræftes. En firewall eller et antivirusprogram, der undersøger krypteret trafik, kan være årsagen: dets certifikat skal installeres på denne computer (spørg den, der står for butikkens netværk). Tjek også, at computerens dato og klokkeslæt er rigtige.</translation>
    </message>
    <message>
        <source>Dintero did not answer in time. Please try again in a moment.</source>
        <translation>Dintero svarede ikke i tide. Prøv igen om lidt.</translation>
    </message>
    <message>
        <source>The connection to Dintero was interrupted. Please try again.</source>
        <translation>Forbindelsen til Dintero blev afbrudt. Prøv igen.</translation>
    </message>
    <message>
        <source>Dintero refused the request.</source>
        <translation>Dintero afviste forespørgslen.</translation>
    </message>
    <message>
        <source>Dintero did not accept the request. See the details for what was wrong.</source>
        <translation>Dintero accepterede ikke forespørgslen. Se detaljerne for, hvad der var galt.</translation>
    </message>
    <message>
        <source>Dintero did not accept the API credentials. Check the client id and secret of this account.</source>
        <translation>Dintero accepterede ikke API-legitimationen. Tjek klient-id og hemmelighed for denne konto.</translation>
    </message>
    <message>
        <source>This API client is not allowed to do that on this account.</source>
        <translation>Denne API-klient må ikke gøre det på denne konto.</translation>
    </message>
    <message>
        <source>Dintero could not find it on this account.</source>
        <translation>Dintero kunne ikke finde det på denne konto.</translation>
    </message>
    <message>
        <source>Dintero is busy right now. Please wait a moment and try again.</source>
        <translation>Dintero har travlt lige nu. Vent lidt, og prøv igen.</translation>
    </message>
    <message>
        <source>Dintero had a temporary problem. Please try again in a moment.</source>
        <translation>Dintero havde et midlertidigt problem. Prøv igen om lidt.</translation>
    </message>
    <message>
        <source>Dintero sent an answer Paydesk does not understand.</source>
        <translation>Dintero sendte et svar, som Paydesk ikke forstår.</translation>
    </message>
    <message>
        <source>We could not confirm whether Dintero carried this out. Do not repeat it yet: check the transaction again in a minute.</source>
        <translation>Vi kunne ikke bekræfte, om Dintero udførte dette. Gentag det ikke endnu: tjek transaktionen igen om et minut.</translation>
    </message>
    <message>
        <source>Dintero&apos;s answer did not arrive in full. Please try again in a moment.</source>
        <translation>Dinteros svar kom ikke helt frem. Prøv igen om lidt.</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <source>Started</source>
        <translation>Påbegyndt</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Reserveret</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Hævet</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunderet</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Annulleret</translation>
    </message>
    <message>
        <source>Capture requested</source>
        <translation>Hævning anmodet</translation>
    </message>
    <message>
        <source>Refund requested</source>
        <translation>Refundering anmodet</translation>
    </message>
    <message>
        <source>Void requested</source>
        <translation>Annullering anmodet</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Udbetalt</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>afventer</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislykkedes</translation>
    </message>
    <message>
        <source>{operator} (Paydesk)</source>
        <translation>{operator} (Paydesk)</translation>
    </message>
    <message>
        <source>Event id: {id}</source>
        <translation>Hændelses-id: {id}</translation>
    </message>
    <message>
        <source>Request id: {id}</source>
        <translation>Forespørgsels-id: {id}</translation>
    </message>
    <message>
        <source>Completes request: {id}</source>
        <translation>Fuldfører forespørgsel: {id}</translation>
    </message>
    <message>
        <source>Sent through API client: {client}</source>
        <translation>Sendt via API-klient: {client}</translation>
    </message>
</context>
<context>
    <name>ExportCsv</name>
    <message>
        <source>The folder {parent} does not exist. Choose another folder, or create it first.</source>
        <translation>Mappen {parent} findes ikke. Vælg en anden mappe, eller opret den først.</translation>
    </message>
    <message>
        <source>Paydesk could not write {name} in {parent}: {reason}. Choose another folder or file name.</source>
        <translation>Paydesk kunne ikke skrive {name} i {parent}: {reason}. Vælg en anden mappe eller et andet filnavn.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export transactions to CSV</source>
        <translation>Eksportér transaktioner til CSV</translation>
    </message>
    <message>
        <source>Exports every transaction that matches the current search and filters (all pages), as your spreadsheet reads it: columns split by {separator}, amounts as numbers such as {example} beside their currency.</source>
        <translation>Eksporterer alle transaktioner, der passer til søgningen og filtrene (alle sider), sådan som dit regneark læser dem: kolonner adskilt med {separator}, beløb som tal som {example} ved siden af valutaen.</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Fil, der skal skrives</translation>
    </message>
    <message>
        <source>The CSV file the export writes; its folder must exist</source>
        <translation>CSV-filen, som eksporten skriver; mappen skal findes</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Gennemse …</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>Vælg filen, der skal skrives</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Klar.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportér</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Eksportér til</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Eksporterer …</translation>
    </message>
    <message>
        <source>The export did not finish</source>
        <translation>Eksporten blev ikke færdig</translation>
    </message>
    <message>
        <source>Exported {count} transactions…</source>
        <translation>Eksporteret {count} transaktioner …</translation>
    </message>
    <message>
        <source>Exported {count} transactions to {target}.</source>
        <translation>Eksporterede {count} transaktioner til {target}.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>{user_message} No file was written.</source>
        <translation>{user_message} Der blev ikke skrevet nogen fil.</translation>
    </message>
    <message>
        <source>The export did not finish; no file was written.</source>
        <translation>Eksporten blev ikke færdig; der blev ikke skrevet nogen fil.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Eksporten blev annulleret; der blev ikke skrevet nogen fil.</translation>
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
        <translation>Når som helst</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Seneste 7 dage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Seneste 30 dage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Seneste 90 dage</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Egen periode</translation>
    </message>
    <message>
        <source>Search: transaction id, session id, reference, phone, e-mail or name</source>
        <translation>Søg: transaktions-id, sessions-id, reference, telefon, e-mail eller navn</translation>
    </message>
    <message>
        <source>Search transactions</source>
        <translation>Søg i transaktioner</translation>
    </message>
    <message>
        <source>Status: any</source>
        <translation>Status: alle</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrér på status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Oprettet fra</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Oprettet til</translation>
    </message>
    <message>
        <source>Amount from</source>
        <translation>Beløb fra</translation>
    </message>
    <message>
        <source>Amount to</source>
        <translation>Beløb til</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>max</source>
        <translation>maks</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Any currency</source>
        <translation>Alle valutaer</translation>
    </message>
    <message>
        <source>Payment product</source>
        <translation>Betalingsmetode</translation>
    </message>
    <message>
        <source>Any payment method</source>
        <translation>Alle betalingsmetoder</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Oprettet:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Beløb:</translation>
    </message>
    <message>
        <source>{name}: {error}. The list has not changed: fix the amount or clear it.</source>
        <translation>{name}: {error}. Listen er ikke ændret: ret beløbet, eller ryd feltet.</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message numerus="yes">
        <source>Status: %n chosen</source>
        <translation>
            <numerusform>Status: %n valgt</numerusform>
            <numerusform>Status: %n valgt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Not confirmed</source>
        <translation>Ikke bekræftet</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Åbnet</translation>
    </message>
    <message>
        <source>Failed attempt</source>
        <translation>Mislykket forsøg</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>I gang</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>I bero</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Betalingen mislykkedes</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Afvist</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Stoppet</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Udløbet</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Annulleret</translation>
    </message>
    <message>
        <source>Partly refunded</source>
        <translation>Delvis refunderet</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunderet</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>All links</source>
        <extracomment>Widest the Reference column grows by itself (pixels); staff can still drag it wider. The choices of the state filter: a label and the link states it shows (None: all).</extracomment>
        <translation>Alle links</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>Venter på betaling</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>Voided or refunded</source>
        <translation>Annulleret eller refunderet</translation>
    </message>
    <message>
        <source>Declined or failed</source>
        <translation>Afvist eller mislykket</translation>
    </message>
    <message>
        <source>Cancelled or expired</source>
        <translation>Stoppet eller udløbet</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Ikke bekræftet</translation>
    </message>
    <message>
        <source>&lt;b&gt;Link history&lt;/b&gt;</source>
        <translation>&lt;b&gt;Linkhistorik&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Search reference, phone, e-mail, item…</source>
        <translation>Søg reference, telefon, e-mail, vare …</translation>
    </message>
    <message>
        <source>Search link history</source>
        <translation>Søg i linkhistorikken</translation>
    </message>
    <message>
        <source>Show links in state</source>
        <translation>Vis links med status</translation>
    </message>
    <message>
        <source>Link history</source>
        <translation>Linkhistorik</translation>
    </message>
    <message>
        <source>No links yet. Links you create appear here.</source>
        <translation>Ingen links endnu. Links, du opretter, vises her.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;How to send your first link&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;On the right, type what the customer buys: a description, the quantity and the price with VAT.&lt;/li&gt;&lt;li&gt;Add the customer&apos;s mobile number and tick &lt;i&gt;Send by SMS&lt;/i&gt;, or leave it out and copy the link for the customer.&lt;/li&gt;&lt;li&gt;Press &lt;i&gt;Create link&lt;/i&gt; (Ctrl+Enter). The link appears here and shows &lt;i&gt;Paid&lt;/i&gt; as soon as the customer has paid.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Sådan sender du dit første link&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Til højre skriver du, hvad kunden køber: en beskrivelse, antallet og prisen med moms.&lt;/li&gt;&lt;li&gt;Tilføj kundens mobilnummer, og sæt flueben i &lt;i&gt;Send på sms&lt;/i&gt;, eller lad det være og kopiér linket til kunden.&lt;/li&gt;&lt;li&gt;Tryk på &lt;i&gt;Opret link&lt;/i&gt; (Ctrl+Enter). Linket vises her og viser &lt;i&gt;Betalt&lt;/i&gt;, så snart kunden har betalt.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>No link in this state. Choose “All links” to see every link.</source>
        <translation>Ingen links med denne status. Vælg »Alle links« for at se alle links.</translation>
    </message>
    <message>
        <source>No link matches the search.</source>
        <translation>Intet link passer til søgningen.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Capture</source>
        <extracomment>What the audit journal says was done, and where each stands: names of past events (&quot;Refund&quot;, a noun), not the buttons&apos; commands.</extracomment>
        <translation>Hævning</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refundering</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Annullering</translation>
    </message>
    <message>
        <source>Cancel link</source>
        <translation>Stop af link</translation>
    </message>
    <message>
        <source>Order record</source>
        <translation>Ordreregistrering</translation>
    </message>
    <message>
        <source>Extend authorization</source>
        <translation>Forlængelse af reservation</translation>
    </message>
    <message>
        <source>Charge saved card</source>
        <translation>Træk på gemt kort</translation>
    </message>
    <message>
        <source>Attempted</source>
        <translation>Forsøgt</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Gennemført</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislykket</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Behandles</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ukendt</translation>
    </message>
</context>
<context>
    <name>JournalDialog</name>
    <message>
        <source>Any time</source>
        <translation>Når som helst</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Seneste 7 dage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Seneste 30 dage</translation>
    </message>
    <message>
        <source>Audit journal</source>
        <extracomment>The size the viewer would like; ``fit_to_screen`` shrinks it on a smaller screen.</extracomment>
        <translation>Revisionslog</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konti</translation>
    </message>
    <message>
        <source>Account {account_id}</source>
        <translation>Konto {account_id}</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle konti</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Any operation</source>
        <translation>Alle handlinger</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Udfald</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Alle udfald</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Søg i loggen</translation>
    </message>
    <message>
        <source>Transaction, reference, operator, desk, request id…</source>
        <translation>Transaktion, reference, operatør, kasse, forespørgsels-id …</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Logposter</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksportér CSV …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Could not read the audit journal</source>
        <translation>Kunne ikke læse revisionsloggen</translation>
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
        <translation>Eksportér loggen</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Could not export the audit journal</source>
        <translation>Kunne ikke eksportere revisionsloggen</translation>
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
        <translation>Betalingen er ikke gennemført endnu; vent, til den er reserveret.</translation>
    </message>
    <message>
        <source>The payment is on hold for review; wait until it is authorized.</source>
        <translation>Betalingen er i bero til vurdering; vent, til den er reserveret.</translation>
    </message>
    <message>
        <source>The payment was declined, so there is no money to move.</source>
        <translation>Betalingen blev afvist, så der er ingen penge at flytte.</translation>
    </message>
    <message>
        <source>The payment failed, so there is no money to move.</source>
        <translation>Betalingen mislykkedes, så der er ingen penge at flytte.</translation>
    </message>
    <message>
        <source>Dintero does not know the outcome of this payment yet; nothing can be done now.</source>
        <translation>Dintero kender endnu ikke udfaldet af betalingen; intet kan gøres nu.</translation>
    </message>
    <message>
        <source>The authorization was voided; nothing is left to capture or refund.</source>
        <translation>Reservationen blev annulleret; der er intet tilbage at hæve eller refundere.</translation>
    </message>
    <message>
        <source>The order lines do not cover this {operation}: {error}.</source>
        <translation>Ordrelinjerne dækker ikke denne handling ({operation}): {error}.</translation>
    </message>
    <message>
        <source>Only Dintero&apos;s own card payments (dintero_psp) can end with a final capture.</source>
        <translation>Kun Dinteros egne kortbetalinger (dintero_psp) kan afsluttes med en sidste hævning.</translation>
    </message>
    <message>
        <source>Walley (Collector) captures whole lines only, and {name} would be captured in part. Choose whole lines.</source>
        <translation>Walley (Collector) hæver kun hele linjer, og {name} ville blive delvist hævet. Vælg hele linjer.</translation>
    </message>
    <message>
        <source>Dintero is still processing an earlier {names}; wait until it finishes.</source>
        <translation>Dintero behandler stadig en tidligere handling ({names}); vent, til den er færdig.</translation>
    </message>
    <message>
        <source>The rest of the authorization was released; nothing is left to capture.</source>
        <translation>Resten af reservationen blev frigivet; der er intet tilbage at hæve.</translation>
    </message>
    <message>
        <source>Everything authorized has been captured already.</source>
        <translation>Alt, der var reserveret, er allerede hævet.</translation>
    </message>
    <message>
        <source>Authorized: nothing captured yet, so there is nothing to refund; void instead.</source>
        <translation>Reserveret: intet er hævet endnu, så der er intet at refundere; annuller i stedet.</translation>
    </message>
    <message>
        <source>Everything captured has been refunded already.</source>
        <translation>Alt, der blev hævet, er allerede refunderet.</translation>
    </message>
    <message>
        <source>Part of this payment was captured and refunded; it cannot be voided.</source>
        <translation>En del af betalingen blev hævet og refunderet; den kan ikke annulleres.</translation>
    </message>
    <message>
        <source>Part of this payment is captured; releasing the rest is not possible for {value}. Capture the rest or refund what was captured.</source>
        <translation>En del af betalingen er hævet; at frigive resten er ikke muligt for {value}. Hæv resten, eller refunder det, der blev hævet.</translation>
    </message>
    <message>
        <source>this payment method</source>
        <translation>denne betalingsmetode</translation>
    </message>
    <message>
        <source>Swish captures at payment: refund instead of void.</source>
        <translation>Swish hæver ved betaling: refunder i stedet for at annullere.</translation>
    </message>
    <message>
        <source>The payment is fully refunded; there is nothing to void.</source>
        <translation>Betalingen er fuldt refunderet; der er intet at annullere.</translation>
    </message>
    <message>
        <source>Already captured: refund instead of void.</source>
        <translation>Allerede hævet: refunder i stedet for at annullere.</translation>
    </message>
</context>
<context>
    <name>LineEditorRow</name>
    <message>
        <source>What the customer buys</source>
        <extracomment>Fixed widths shared by the header and every row so the columns line up.</extracomment>
        <translation>Hvad kunden køber</translation>
    </message>
    <message>
        <source>Line description</source>
        <translation>Linjebeskrivelse</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Unit price including VAT</source>
        <translation>Stykpris inkl. moms</translation>
    </message>
    <message>
        <source>VAT percent</source>
        <translation>Momsprocent</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Linjebeløb</translation>
    </message>
    <message>
        <source>VAT in line</source>
        <translation>Moms i linjen</translation>
    </message>
    <message>
        <source>Remove this line</source>
        <translation>Fjern denne linje</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Fjern linje</translation>
    </message>
    <message>
        <source>The unit price</source>
        <translation>Stykprisen</translation>
    </message>
    <message>
        <source>The line total</source>
        <translation>Linjebeløbet</translation>
    </message>
</context>
<context>
    <name>LinePicker</name>
    <message>
        <source>Order lines to include</source>
        <translation>Ordrelinjer, der skal med</translation>
    </message>
    <message>
        <source> of {quantity}</source>
        <translation> af {quantity}</translation>
    </message>
    <message>
        <source>Units of {description}</source>
        <translation>Antal af {description}</translation>
    </message>
</context>
<context>
    <name>LineRow</name>
    <message>
        <source>Describe what the customer buys</source>
        <translation>Beskriv, hvad kunden køber</translation>
    </message>
    <message>
        <source>{what} can be at most {most} at Dintero (this is {this})</source>
        <translation>{what} må højst være {most} hos Dintero (her er det {this})</translation>
    </message>
</context>
<context>
    <name>LinesEditor</name>
    <message>
        <source>Add li&amp;ne</source>
        <translation>Tilf&amp;øj linje</translation>
    </message>
    <message>
        <source>Add an order line (or press Enter in a line)</source>
        <translation>Tilføj en ordrelinje (eller tryk Enter i en linje)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stykpris</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>Moms %</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Linjebeløb</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <source>&amp;Shipping</source>
        <translation>&amp;Fragt</translation>
    </message>
    <message>
        <source>Add a shipping line</source>
        <translation>Tilføj en fragtlinje</translation>
    </message>
    <message>
        <source>Delivery or pick-up</source>
        <translation>Levering eller afhentning</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Levering</translation>
    </message>
    <message>
        <source>Pick-up</source>
        <translation>Afhentning</translation>
    </message>
    <message>
        <source>Pick-up: the customer collects the order (sent to Dintero as pick-up)</source>
        <translation>Afhentning: kunden henter selv ordren (sendes til Dintero som afhentning)</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Fragt</translation>
    </message>
    <message>
        <source>Shipping description</source>
        <translation>Fragtbeskrivelse</translation>
    </message>
    <message>
        <source>Shipping price including VAT</source>
        <translation>Fragtpris inkl. moms</translation>
    </message>
    <message>
        <source>Shipping VAT percent</source>
        <translation>Momsprocent for fragt</translation>
    </message>
    <message>
        <source>Line {number}: {problem}</source>
        <translation>Linje {number}: {problem}</translation>
    </message>
    <message>
        <source>Add at least one order line</source>
        <translation>Tilføj mindst én ordrelinje</translation>
    </message>
    <message>
        <source>Shipping: {problem}</source>
        <translation>Fragt: {problem}</translation>
    </message>
    <message>
        <source>The total</source>
        <translation>Totalen</translation>
    </message>
    <message>
        <source>{error}: add a price.</source>
        <translation>{error}: angiv en pris.</translation>
    </message>
    <message>
        <source>Name the shipping, for example Posten</source>
        <translation>Giv fragten et navn, for eksempel PostNord</translation>
    </message>
    <message>
        <source>Pick-up in shop</source>
        <translation>Afhentes i butik</translation>
    </message>
    <message>
        <source>Total {total}   (of which VAT {vat})</source>
        <translation>I alt {total}   (heraf moms {vat})</translation>
    </message>
</context>
<context>
    <name>LinkCancel</name>
    <message>
        <source>Paydesk could not confirm whether Dintero cancelled the link: the answer was unclear and reading the link again failed too. The cancel was not sent again. Paydesk keeps checking the link — look at its state before trying again.</source>
        <translation>Paydesk kunne ikke bekræfte, om Dintero stoppede linket: svaret var uklart, og det lykkedes heller ikke at læse linket igen. Stoppet blev ikke sendt igen. Paydesk bliver ved med at tjekke linket — se på dets status, før du prøver igen.</translation>
    </message>
    <message>
        <source>Dintero did not confirm the cancellation; the link is not cancelled and its payment was not voided. Nothing was sent again — you can try again.</source>
        <translation>Dintero bekræftede ikke stoppet; linket er ikke stoppet, og betalingen er ikke annulleret. Der blev ikke sendt noget igen — du kan prøve igen.</translation>
    </message>
    <message>
        <source>Dintero did not confirm the cancellation; the link is still open. Nothing was sent again — you can try again.</source>
        <translation>Dintero bekræftede ikke stoppet; linket er stadig åbent. Der blev ikke sendt noget igen — du kan prøve igen.</translation>
    </message>
</context>
<context>
    <name>LinkNotConfirmed</name>
    <message>
        <source>Dintero did not confirm the link {merchant_reference}: the answer never arrived, so the link may or may not exist. It is kept in the link history as “Not confirmed” and Paydesk keeps looking for it at Dintero by this reference. Ask the customer whether they received a link before you send it again.</source>
        <extracomment>The SMS status remembered for a link whose creation is not confirmed yet.</extracomment>
        <translation>Dintero bekræftede ikke linket {merchant_reference}: svaret kom aldrig, så linket findes måske, måske ikke. Det gemmes i linkhistorikken som »Ikke bekræftet«, og Paydesk bliver ved med at søge efter det hos Dintero ud fra referencen. Spørg kunden, om de har fået et link, før du sender det igen.</translation>
    </message>
</context>
<context>
    <name>LinkReplacement</name>
    <message>
        <source>The new link was sent, but Paydesk could not read the old link of {ref}, so it did not cancel it: the customer may have two links. Open the old link and cancel it. ({reason})</source>
        <translation>Det nye link blev sendt, men Paydesk kunne ikke læse det gamle link til {ref}, så det blev ikke stoppet: kunden kan have to links. Åbn det gamle link, og stop det. ({reason})</translation>
    </message>
    <message>
        <source>The customer has started paying the old link of {ref} (payment {transaction}), so it was not cancelled: cancelling would void that payment. Two links for this order are open now: check the old link&apos;s payment, then cancel the new link if it is paid.</source>
        <translation>Kunden er begyndt at betale det gamle link til {ref} (betaling {transaction}), så det blev ikke stoppet: at stoppe det ville annullere betalingen. To links til denne ordre er åbne nu: tjek betalingen på det gamle link, og stop derefter det nye link, hvis det er betalt.</translation>
    </message>
    <message>
        <source>The new link was sent, but the old link of {ref} was NOT cancelled: {reason} The customer may have two links. Open the old link and cancel it.</source>
        <translation>Det nye link blev sendt, men det gamle link til {ref} blev IKKE stoppet: {reason} Kunden kan have to links. Åbn det gamle link, og stop det.</translation>
    </message>
    <message>
        <source>replaced by a new link sent by SMS</source>
        <translation>erstattet af et nyt link sendt på sms</translation>
    </message>
</context>
<context>
    <name>LinkStatus</name>
    <message>
        <source>The link can&apos;t be paid again; send a new link.</source>
        <extracomment>The state of a link Dintero never confirmed (stored as ``creating``). The link&apos;s one payment was declined or failed: it cannot be paid again.</extracomment>
        <translation>Linket kan ikke betales igen; send et nyt link.</translation>
    </message>
    <message>
        <source>Link sent by SMS</source>
        <translation>Linket er sendt på sms</translation>
    </message>
    <message>
        <source>SMS skipped by Dintero (test accounts send no SMS)</source>
        <translation>Sms sprunget over af Dintero (testkonti sender ikke sms)</translation>
    </message>
    <message>
        <source>SMS could not be sent</source>
        <translation>Sms&apos;en kunne ikke sendes</translation>
    </message>
    <message>
        <source>Requested — not confirmed by Dintero</source>
        <translation>Anmodet – ikke bekræftet af Dintero</translation>
    </message>
    <message>
        <source>Not confirmed — check before re-sending</source>
        <extracomment>A link state in words, with the tone of its badge.</extracomment>
        <translation>Ikke bekræftet – tjek før du sender igen</translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation>Venter på kunden</translation>
    </message>
    <message>
        <source>Customer has opened the link</source>
        <translation>Kunden har åbnet linket</translation>
    </message>
    <message>
        <source>Payment attempt failed — link still open</source>
        <translation>Betalingsforsøget mislykkedes – linket er stadig åbent</translation>
    </message>
    <message>
        <source>Payment in progress</source>
        <translation>Betaling i gang</translation>
    </message>
    <message>
        <source>On hold — waiting for the payment provider&apos;s review. Don&apos;t ship yet.</source>
        <translation>I bero – betalingsudbyderen vurderer betalingen. Send ikke varerne endnu.</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>Payment failed — the link can&apos;t be paid again; send a new link</source>
        <translation>Betalingen mislykkedes – linket kan ikke betales igen; send et nyt link</translation>
    </message>
    <message>
        <source>Customer declined — the link can&apos;t be paid again; send a new link</source>
        <translation>Kunden afviste – linket kan ikke betales igen; send et nyt link</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Stoppet</translation>
    </message>
    <message>
        <source>Expired unpaid</source>
        <translation>Udløbet ubetalt</translation>
    </message>
    <message>
        <source>Paid, then voided — no money was taken</source>
        <translation>Betalt, derefter annulleret — der blev ikke hævet penge</translation>
    </message>
    <message>
        <source>Paid, partly refunded</source>
        <translation>Betalt, delvis refunderet</translation>
    </message>
    <message>
        <source>Paid, then refunded in full</source>
        <translation>Betalt, derefter refunderet fuldt ud</translation>
    </message>
    <message>
        <source>Declined by the customer</source>
        <extracomment>What a paid link becomes when its payment is voided or refunded afterwards. The states of a link that was paid (whatever happened to the payment since).</extracomment>
        <translation>Afvist af kunden</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Betalingen mislykkedes</translation>
    </message>
    <message>
        <source>Payment attempt failed</source>
        <translation>Betalingsforsøget mislykkedes</translation>
    </message>
    <message>
        <source>Payment started (transaction {transaction_id}) — its status is not read yet</source>
        <translation>Betaling påbegyndt (transaktion {transaction_id}) – status er ikke læst endnu</translation>
    </message>
    <message>
        <source>On hold for the payment provider&apos;s review — {amount} by {product}</source>
        <translation>I bero, mens betalingsudbyderen vurderer – {amount} med {product}</translation>
    </message>
    <message>
        <source>Payment in progress — {amount} by {product}</source>
        <translation>Betaling i gang – {amount} med {product}</translation>
    </message>
    <message>
        <source>Paid — {words}, {amount} by {product}</source>
        <translation>Betalt – {words}, {amount} med {product}</translation>
    </message>
    <message>
        <source>Link created</source>
        <translation>Linket er oprettet</translation>
    </message>
    <message>
        <source>Opened by the customer</source>
        <translation>Åbnet af kunden</translation>
    </message>
    <message>
        <source>payment started; its status is not read yet</source>
        <translation>betalingen er startet; status er ikke læst endnu</translation>
    </message>
    <message>
        <source>Link cancelled</source>
        <translation>Linket er stoppet</translation>
    </message>
    <message>
        <source>payment voided</source>
        <translation>betalingen er annulleret</translation>
    </message>
    <message>
        <source>Link expired unpaid</source>
        <translation>Linket udløb ubetalt</translation>
    </message>
    <message>
        <source>customer has the payment page open</source>
        <translation>kunden har betalingssiden åben</translation>
    </message>
    <message>
        <source>Customer declined</source>
        <translation>Kunden afviste</translation>
    </message>
    <message>
        <source>The payment failed</source>
        <translation>Betalingen mislykkedes</translation>
    </message>
    <message>
        <source>The customer&apos;s payment attempt failed.</source>
        <translation>Kundens betalingsforsøg mislykkedes.</translation>
    </message>
    <message>
        <source>Sent to Dintero — no answer received (not confirmed)</source>
        <translation>Sendt til Dintero – intet svar modtaget (ikke bekræftet)</translation>
    </message>
    <message>
        <source>Expiry time passed — no link or payment found</source>
        <translation>Udløbstiden er passeret – intet link eller ingen betaling fundet</translation>
    </message>
    <message>
        <source>never confirmed; no link or payment found</source>
        <translation>aldrig bekræftet; intet link eller betaling fundet</translation>
    </message>
    <message>
        <source>not confirmed by Dintero</source>
        <translation>ikke bekræftet af Dintero</translation>
    </message>
</context>
<context>
    <name>LinkTracker</name>
    <message>
        <source>Stopped following the open payment links</source>
        <extracomment>LinkStatus, the state known before this change, whether a new failed attempt appeared provisional id, the LinkRecord now confirmed (a payment was found for its reference)</extracomment>
        <translation>Holdt op med at følge de åbne betalingslinks</translation>
    </message>
</context>
<context>
    <name>LinkTracking</name>
    <message>
        <source>{problem} Retrying…</source>
        <extracomment>The kind of lease a desk takes on a link it reads from Dintero.</extracomment>
        <translation>{problem} Prøver igen …</translation>
    </message>
    <message>
        <source>Stopped following this link: {problem}</source>
        <translation>Holdt op med at følge dette link: {problem}</translation>
    </message>
    <message>
        <source>Link created</source>
        <translation>Linket er oprettet</translation>
    </message>
</context>
<context>
    <name>LinkView</name>
    <message>
        <source>No Dintero session id (never confirmed)</source>
        <extracomment>Characters of a line description shown in the order summary (whole in the tooltip). Characters of a reference quoted inside a sentence. The widest the state badge gets (pixels); longer states wrap. States in which the link cannot be paid: no link to copy or open, and no QR code. States in which the customer has paid or is paying: nothing to send again. What each link state means, for its badge.</extracomment>
        <translation>Intet sessions-id fra Dintero (aldrig bekræftet)</translation>
    </message>
    <message>
        <source>Look for this link at Dintero now, by its reference</source>
        <translation>Søg efter dette link hos Dintero nu, ud fra referencen</translation>
    </message>
    <message>
        <source>&amp;Send again with the same reference…</source>
        <translation>&amp;Send igen med samme reference …</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Betalingslink</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>&amp;Kopiér linket</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>&amp;Åbn i browseren</translation>
    </message>
    <message>
        <source>Copy a short message with the link, in the customer&apos;s language</source>
        <translation>Kopiér en kort besked med linket, på kundens sprog</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>Sms</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Udløber</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tidslinje&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Link timeline</source>
        <translation>Linkets tidslinje</translation>
    </message>
    <message>
        <source>QR code of the payment link</source>
        <translation>QR-kode til betalingslinket</translation>
    </message>
    <message>
        <source>← &amp;New link</source>
        <translation>← &amp;Nyt link</translation>
    </message>
    <message>
        <source>Chec&amp;k now</source>
        <translation>Tjek &amp;nu</translation>
    </message>
    <message>
        <source>Send a&amp;gain by SMS…</source>
        <translation>Send igen på s&amp;ms …</translation>
    </message>
    <message>
        <source>Copy mess&amp;age</source>
        <translation>Kopiér &amp;besked</translation>
    </message>
    <message>
        <source>Send by &amp;e-mail…</source>
        <translation>Send på &amp;e-mail …</translation>
    </message>
    <message>
        <source>Open your mail program with the link and a short message to the customer</source>
        <translation>Åbn mailprogrammet med linket og en kort besked til kunden</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>Ordre-id</translation>
    </message>
    <message>
        <source>The order in Dintero&apos;s Orders API this link pays</source>
        <translation>Ordren i Dinteros Orders API, som dette link betaler</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>Nyt link</translation>
    </message>
    <message>
        <source>New link fro&amp;m this one</source>
        <translation>Nyt link &amp;ud fra dette</translation>
    </message>
    <message>
        <source>Cancel l&amp;ink…</source>
        <translation>&amp;Stop linket …</translation>
    </message>
    <message>
        <source>Open t&amp;ransaction</source>
        <translation>Åbn &amp;transaktionen</translation>
    </message>
    <message>
        <source>Show the payment in Transactions (capture, refund, receipt)</source>
        <translation>Vis betalingen i Transaktioner (hævning, refundering, kvittering)</translation>
    </message>
    <message>
        <source>C&amp;ustomer…</source>
        <translation>Kun&amp;de …</translation>
    </message>
    <message>
        <source>Every link, payment and saved card of this customer</source>
        <translation>Alle links, betalinger og gemte kort for denne kunde</translation>
    </message>
    <message>
        <source>Not requested</source>
        <translation>Ikke anmodet</translation>
    </message>
    <message>
        <source>Last known state: {text}. Checking with Dintero…</source>
        <translation>Senest kendte status: {text}. Tjekker med Dintero …</translation>
    </message>
    <message>
        <source>Dintero sends an SMS only when a link is made: this makes a new link for the same order, sends it by SMS and cancels this one</source>
        <translation>Dintero sender kun sms, når et link oprettes: dette opretter et nyt link til samme ordre, sender det på sms og stopper dette</translation>
    </message>
    <message>
        <source>The link has no mobile number: use “New link from this one”</source>
        <translation>Linket har intet mobilnummer: brug »Nyt link ud fra dette«</translation>
    </message>
    <message>
        <source>Cancel the link after a confirmation</source>
        <translation>Stop linket efter en bekræftelse</translation>
    </message>
    <message>
        <source> It was to be sent by SMS, so the customer may already have it.</source>
        <translation> Det skulle sendes på sms, så kunden har det måske allerede.</translation>
    </message>
    <message>
        <source>Paydesk sent this link to Dintero at {sent} but never got the answer. Its expiry time has passed and no link or payment with this reference was found, so nobody can pay it any more. Use “New link from this one” to send a new link.</source>
        <translation>Paydesk sendte dette link til Dintero kl. {sent}, men fik aldrig svar. Udløbstiden er passeret, og der blev ikke fundet noget link eller nogen betaling med denne reference, så ingen kan betale det længere. Brug »Nyt link ud fra dette« for at sende et nyt link.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not confirmed by Dintero.&lt;/b&gt; Paydesk sent this link at {sent} but the answer never arrived (the connection dropped or Paydesk was closed). The link may exist.{sms} Paydesk keeps looking for it at Dintero by its reference &lt;b&gt;{escaped}&lt;/b&gt;. Before sending it again, ask the customer whether they received a link; sending again first looks for it once more.</source>
        <translation>&lt;b&gt;Ikke bekræftet af Dintero.&lt;/b&gt; Paydesk sendte dette link kl. {sent}, men svaret kom aldrig (forbindelsen blev afbrudt, eller Paydesk blev lukket). Linket findes måske.{sms} Paydesk bliver ved med at søge efter det hos Dintero ud fra referencen &lt;b&gt;{escaped}&lt;/b&gt;. Spørg kunden, om de har fået et link, før du sender igen; når du sender igen, søges der først efter det én gang til.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Stopper …</translation>
    </message>
    <message>
        <source>Link copied — paste it into a chat or an e-mail to the customer.</source>
        <translation>Linket er kopieret – indsæt det i en chat eller en e-mail til kunden.</translation>
    </message>
    <message>
        <source>Message copied, in the customer&apos;s language.</source>
        <translation>Beskeden er kopieret, på kundens sprog.</translation>
    </message>
</context>
<context>
    <name>LinksPage</name>
    <message>
        <source>No account is selected. Add one under Accounts › Manage accounts.</source>
        <extracomment>transaction id: a link followed here was just paid (the transaction list shows it)</extracomment>
        <translation>Ingen konto er valgt. Tilføj en under Konti › Administrer konti.</translation>
    </message>
    <message>
        <source>Could not read the link history</source>
        <translation>Kunne ikke læse linkhistorikken</translation>
    </message>
    <message>
        <source>Creating the link at Dintero…</source>
        <translation>Opretter linket hos Dintero …</translation>
    </message>
    <message>
        <source>Could not create the payment link</source>
        <translation>Kunne ikke oprette betalingslinket</translation>
    </message>
    <message>
        <source>Send the link again</source>
        <translation>Send linket igen</translation>
    </message>
    <message>
        <source>Send the link {merchant_reference} to Dintero again?</source>
        <translation>Send linket {merchant_reference} til Dintero igen?</translation>
    </message>
    <message>
        <source> (it was to be sent by SMS)</source>
        <translation> (det skulle sendes på sms)</translation>
    </message>
    <message>
        <source>The first attempt may have created a link that the customer already has{sms}. Paydesk first looks for it at Dintero: if it is there, that link is shown and nothing is sent. Send again only if the customer has not received a link.</source>
        <translation>Første forsøg kan have oprettet et link, som kunden allerede har{sms}. Paydesk søger først efter det hos Dintero: findes det, vises det link, og intet sendes. Send kun igen, hvis kunden ikke har fået noget link.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Send igen</translation>
    </message>
    <message>
        <source>Don&apos;t send</source>
        <translation>Send ikke</translation>
    </message>
    <message>
        <source>Dintero had this link after all, so it was not sent again. If the customer does not have it, copy it or show them the QR code.</source>
        <translation>Dintero havde alligevel dette link, så det blev ikke sendt igen. Hvis kunden ikke har det, så kopiér det eller vis QR-koden.</translation>
    </message>
    <message>
        <source>Could not send the link again</source>
        <translation>Kunne ikke sende linket igen</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>kunden</translation>
    </message>
    <message>
        <source>Link {reference} paid</source>
        <translation>Linket {reference} er betalt</translation>
    </message>
    <message>
        <source>{amount} paid by {product} ({status}).</source>
        <translation>{amount} betalt med {product} ({status}).</translation>
    </message>
    <message>
        <source>Send the link again by SMS</source>
        <translation>Send linket igen på sms</translation>
    </message>
    <message>
        <source>Send a NEW link for order {ref} by SMS to {phone}, and then CANCEL the link sent at {sent} ({session})?</source>
        <translation>Send et NYT link til ordre {ref} på sms til {phone}, og STOP derefter linket sendt {sent} ({session})?</translation>
    </message>
    <message>
        <source>Dintero sends an SMS only when a link is made, so a new link is made for the same order: same reference, lines, amount {amount} and expiry. The old link is cancelled once the new one is sent, so the customer cannot pay twice. If the customer is paying the old link right now, it is not cancelled and you are told.</source>
        <translation>Dintero sender kun sms, når et link oprettes, så der oprettes et nyt link til samme ordre: samme reference, linjer, beløb {amount} og udløbstid. Det gamle link stoppes, når det nye er sendt, så kunden ikke kan betale to gange. Hvis kunden er ved at betale det gamle link lige nu, stoppes det ikke, og du får besked.</translation>
    </message>
    <message>
        <source>Send new link, cancel the old</source>
        <translation>Send nyt link, stop det gamle</translation>
    </message>
    <message>
        <source>The old link was not cancelled</source>
        <translation>Det gamle link blev ikke stoppet</translation>
    </message>
    <message>
        <source>New link sent by SMS to {phone}. The old link ({session}) is cancelled.</source>
        <translation>Nyt link sendt på sms til {phone}. Det gamle link ({session}) er stoppet.</translation>
    </message>
    <message>
        <source>Could not send a new link; the old link is unchanged</source>
        <translation>Kunne ikke sende et nyt link; det gamle link er uændret</translation>
    </message>
    <message>
        <source>A new e-mail with the link is open in your mail program: check it and send it.</source>
        <translation>En ny e-mail med linket er åben i mailprogrammet: tjek den, og send den.</translation>
    </message>
    <message>
        <source>No mail program opened. Copy the link and paste it into an e-mail instead.</source>
        <translation>Intet mailprogram blev åbnet. Kopiér linket, og indsæt det i en e-mail i stedet.</translation>
    </message>
    <message>
        <source>Could not cancel the link {merchant_reference}</source>
        <translation>Kunne ikke stoppe linket {merchant_reference}</translation>
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
        <translation>Afsnit</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Indlæser …</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Indlæser</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Arbejder …</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Arbejder</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Ikke forbundet</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Konti</translation>
    </message>
    <message>
        <source>Could not read the preferences; the defaults are used</source>
        <translation>Kunne ikke læse indstillingerne; standardværdierne bruges</translation>
    </message>
    <message>
        <source>Payment &amp;links</source>
        <translation>Betalings&amp;links</translation>
    </message>
    <message>
        <source>&amp;Transactions</source>
        <translation>&amp;Transaktioner</translation>
    </message>
    <message>
        <source>Shared database {where}: connecting…</source>
        <translation>Fælles database {where}: forbinder …</translation>
    </message>
    <message>
        <source>Stopped watching the shared database</source>
        <translation>Holdt op med at overvåge den fælles database</translation>
    </message>
    <message>
        <source>Stopped listening to the other desks</source>
        <translation>Holdt op med at lytte til de andre kasser</translation>
    </message>
    <message>
        <source>● Shared database {where}</source>
        <translation>● Fælles database {where}</translation>
    </message>
    <message>
        <source>Every desk&apos;s links and journal are here.</source>
        <translation>Alle kassers links og log ligger her.</translation>
    </message>
    <message>
        <source>○ Shared database unreachable — money moves and new links wait</source>
        <translation>○ Fælles database utilgængelig – pengeflytninger og nye links venter</translation>
    </message>
    <message>
        <source>{where}: {problem}
Paydesk keeps trying.</source>
        <translation>{where}: {problem}
Paydesk bliver ved med at prøve.</translation>
    </message>
    <message>
        <source>Close the account</source>
        <translation>Luk kontoen</translation>
    </message>
    <message>
        <source>Apply the account changes</source>
        <translation>Anvend kontoændringerne</translation>
    </message>
    <message>
        <source>Could not read the saved accounts</source>
        <translation>Kunne ikke læse de gemte konti</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Indstillinger …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;About Paydesk</source>
        <translation>&amp;Om Paydesk</translation>
    </message>
    <message>
        <source>&amp;Manage accounts…</source>
        <translation>&amp;Administrer konti …</translation>
    </message>
    <message>
        <source>Switch to “{name}”</source>
        <translation>Skift til »{name}«</translation>
    </message>
    <message>
        <source>A money move is not confirmed yet</source>
        <translation>En pengeflytning er endnu ikke bekræftet</translation>
    </message>
    <message>
        <source>A capture, refund or void is still being confirmed with Dintero.</source>
        <translation>En hævning, refundering eller annullering afventer stadig bekræftelse fra Dintero.</translation>
    </message>
    <message>
        <source>If you leave now, Paydesk stops waiting for the answer. Nothing is sent again: the audit journal keeps the move as not confirmed, and Paydesk checks it with Dintero the next time this account is opened.</source>
        <translation>Hvis du går nu, holder Paydesk op med at vente på svaret. Intet sendes igen: revisionsloggen beholder flytningen som ikke bekræftet, og Paydesk tjekker den med Dintero, næste gang kontoen åbnes.</translation>
    </message>
    <message>
        <source>{action} anyway</source>
        <translation>{action} alligevel</translation>
    </message>
    <message>
        <source>Keep waiting</source>
        <translation>Vent videre</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>Ingen konto</translation>
    </message>
    <message>
        <source>PRODUCTION — </source>
        <translation>PRODUKTION – </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Forbinder …</translation>
    </message>
    <message>
        <source>Could not open “{name}”</source>
        <translation>Kunne ikke åbne »{name}«</translation>
    </message>
    <message>
        <source>● Connected · token valid until {local}</source>
        <translation>● Forbundet · token gyldigt til {local}</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>forbindelsen mislykkedes</translation>
    </message>
    <message>
        <source>○ Not connected — {message}</source>
        <translation>○ Ikke forbundet – {message}</translation>
    </message>
    <message>
        <source>Could not connect to Dintero</source>
        <translation>Kunne ikke forbinde til Dintero</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
</context>
<context>
    <name>MissingSecret</name>
    <message>
        <source>No client secret is saved for “{account_name}”. Open Accounts › Manage accounts and enter it again.</source>
        <translation>Der er ikke gemt nogen klienthemmelighed for »{account_name}«. Åbn Konti › Administrer konti, og indtast den igen.</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>{label} must be a web address starting with https://</source>
        <extracomment>Where the customer lands after paying when a *test* shop has not set its own page.</extracomment>
        <translation>{label} skal være en webadresse, der starter med https://</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>The amount</source>
        <extracomment>Currencies Paydesk offers in its forms. Any ISO 4217 code still works in the functions. Dintero amounts are int32; callers that send money should check against this. Longest text ``parse_amount`` reads. Far above any real amount with spaces and a currency sign, far below what makes int() or babel slow or refuse. Where each crown is at home. Its home&apos;s thousands mark groups digits of an amount in that currency whatever the desk&apos;s language, unless it is that language&apos;s decimal mark: &quot;1.299&quot; typed for DKK is 1299 kroner on a Norwegian desk too. A letter of a currency code or name next to a digit: CLDR separates them with a no-break space (&quot;NOK 1,299.90&quot;), which babel leaves to the caller. How much of the typed text a message quotes back (the rest is &quot;…&quot;).</extracomment>
        <translation>Beløbet</translation>
    </message>
    <message>
        <source>{what} must be more than {zero}</source>
        <translation>{what} skal være mere end {zero}</translation>
    </message>
    <message>
        <source>{what} can be at most {maximum} at Dintero (this is {amount})</source>
        <translation>{what} kan højst være {maximum} hos Dintero (dette er {amount})</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is too long for an amount</source>
        <translation>»{text}« er for langt til at være et beløb</translation>
    </message>
    <message>
        <source>Amount cannot be negative</source>
        <translation>Beløbet kan ikke være negativt</translation>
    </message>
    <message>
        <source>This amount is in {typed}, but the currency here is {currency}</source>
        <translation>Dette beløb er i {typed}, men valutaen her er {currency}</translation>
    </message>
    <message>
        <source>Use only one decimal separator in &quot;{text}&quot;</source>
        <translation>Brug kun ét decimaltegn i »{text}«</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is unclear. Type {whole} without the &quot;{separator}&quot;, or use &quot;{decimal}&quot; for decimals</source>
        <translation>»{text}« er uklart. Skriv {whole} uden »{separator}«, eller brug »{decimal}« til decimaler</translation>
    </message>
    <message>
        <source>Enter an amount</source>
        <translation>Indtast et beløb</translation>
    </message>
    <message>
        <source>Check the thousands separators in &quot;{text}&quot;</source>
        <translation>Kontrollér tusindtalsseparatorerne i »{text}«</translation>
    </message>
    <message>
        <source>{currency} has no decimals: enter a whole amount</source>
        <translation>{currency} har ingen decimaler: indtast et helt beløb</translation>
    </message>
    <message>
        <source>Use at most 1 decimal for {currency}</source>
        <translation>Brug højst 1 decimal til {currency}</translation>
    </message>
    <message>
        <source>Use at most {count} decimals for {currency}</source>
        <translation>Brug højst {count} decimaler til {currency}</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not an amount. Type digits, for example {example}</source>
        <translation>»{text}« er ikke et beløb. Skriv cifre, for eksempel {example}</translation>
    </message>
</context>
<context>
    <name>MoneyMoveDesk</name>
    <message>
        <source>Checking with Dintero whether it went through…</source>
        <extracomment>The kind of lease a money move takes on its transaction. The kind of lease taken to record a paid link&apos;s authorization: every desk following the link sees it paid, one records it.</extracomment>
        <translation>Tjekker med Dintero, om det gik igennem …</translation>
    </message>
    <message>
        <source>Sent, but Paydesk could not confirm whether Dintero carried it out. It was not sent again. Paydesk checks the transaction before the next move on it; look at the transaction in a minute before trying again.</source>
        <translation>Sendt, men Paydesk kunne ikke bekræfte, om Dintero udførte det. Det blev ikke sendt igen. Paydesk tjekker transaktionen før næste pengeflytning på den; se på transaktionen om et minut, før du prøver igen.</translation>
    </message>
    <message>
        <source>Another desk is moving money on this payment: {held} Nothing was sent from this desk. Look at the transaction again once that is done.</source>
        <translation>En anden kasse flytter penge på denne betaling: {held} Intet blev sendt fra denne kasse. Se på transaktionen igen, når det er gjort.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Nogen</translation>
    </message>
    <message>
        <source> at desk “{desk}”</source>
        <translation> ved kassen »{desk}«</translation>
    </message>
    <message>
        <source>{who}{where} {done} {amount} on this payment at {when}, after this {operation} was confirmed here. Nothing was sent; look at the transaction again before trying again.</source>
        <translation>{who}{where} har allerede sørget for, at {amount} {done} på denne betaling kl. {when}, efter at denne handling ({operation}) blev bekræftet her. Intet blev sendt; se på transaktionen igen, før du prøver igen.</translation>
    </message>
    <message>
        <source>{problem} Nothing was sent: a money move the other desks cannot see must wait until the shared database is back.</source>
        <translation>{problem} Der blev ikke sendt noget: en pengeflytning, som de andre kasser ikke kan se, må vente, til den fælles database er tilbage.</translation>
    </message>
    <message>
        <source>{operation}: preparing…</source>
        <translation>{operation}: forbereder …</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>Ikke sendt: {reason}</translation>
    </message>
    <message>
        <source>Not confirmed: unexpected error {error!r}</source>
        <translation>Ikke bekræftet: uventet fejl {error!r}</translation>
    </message>
    <message>
        <source>{operation} of {amount}: sending…</source>
        <translation>{operation} {amount}: sender …</translation>
    </message>
    <message>
        <source>{operation} pending: Dintero accepted it and is still processing. Nothing will be sent again meanwhile.</source>
        <translation>{operation} afventer: Dintero har modtaget det og behandler det stadig. Intet sendes igen imens.</translation>
    </message>
    <message>
        <source>Still pending after {seconds} s. Dintero has not finished it yet; it was not sent again. Refresh later to see the result.</source>
        <translation>Afventer stadig efter {seconds} s. Dintero er ikke færdig endnu; den blev ikke sendt igen. Opdater senere for at se resultatet.</translation>
    </message>
    <message>
        <source> (Confirmed by re-reading the transaction; it was sent only once.)</source>
        <translation> (Bekræftet ved at læse transaktionen igen; det blev kun sendt én gang.)</translation>
    </message>
    <message>
        <source>Dintero refused it.</source>
        <translation>Dintero afviste det.</translation>
    </message>
    <message>
        <source>{operation} failed: {reason}</source>
        <translation>{operation} mislykkedes: {reason}</translation>
    </message>
    <message>
        <source>Waiting: {held}</source>
        <translation>Venter: {held}</translation>
    </message>
    <message>
        <source>An earlier {value} on this transaction ({when}, {row}) is not confirmed yet, and Dintero does not show it yet. Nothing was sent. Try again in a minute.</source>
        <translation>En tidligere handling ({value}) på denne transaktion ({when}, {row}) er ikke bekræftet endnu, og Dintero viser den ikke endnu. Intet blev sendt. Prøv igen om et minut.</translation>
    </message>
    <message>
        <source>The earlier {value} on this transaction ({when}, {row}) that looked not carried out has been applied by Dintero after all. Nothing was sent; look at the transaction before trying again.</source>
        <translation>Den tidligere handling ({value}) på denne transaktion ({when}, {row}), som så ud til ikke at være udført, er alligevel udført af Dintero. Intet blev sendt; se på transaktionen, før du prøver igen.</translation>
    </message>
    <message>
        <source>Confirmed later by reading the transaction.</source>
        <translation>Bekræftet senere ved at læse transaktionen.</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>Mislykkedes: {reason}</translation>
    </message>
    <message>
        <source>Extending the authorization…</source>
        <translation>Forlænger reservationen …</translation>
    </message>
    <message>
        <source>Not extended: {reason}</source>
        <translation>Ikke forlænget: {reason}</translation>
    </message>
    <message>
        <source>Authorization extended.</source>
        <translation>Reservationen er forlænget.</translation>
    </message>
    <message>
        <source>Recording on order {order}…</source>
        <translation>Registrerer på ordre {order} …</translation>
    </message>
    <message>
        <source>an unexpected error; the details are in the log</source>
        <translation>en uventet fejl; detaljerne står i loggen</translation>
    </message>
    <message>
        <source>The {operation} went through, but recording it on order {order} failed: {message}</source>
        <translation>Handlingen ({operation}) gik igennem, men registreringen på ordre {order} mislykkedes: {message}</translation>
    </message>
    <message>
        <source>order record {id}</source>
        <translation>ordreregistrering {id}</translation>
    </message>
    <message>
        <source>Recorded on order {order}.</source>
        <translation>Registreret på ordre {order}.</translation>
    </message>
</context>
<context>
    <name>MoneyMoveRunner</name>
    <message>
        <source>{operation_labels} was not completed</source>
        <translation>{operation_labels} blev ikke gennemført</translation>
    </message>
    <message>
        <source>The authorization was not extended</source>
        <translation>Reservationen blev ikke forlænget</translation>
    </message>
    <message>
        <source>Could not record the authorization on the order</source>
        <translation>Kunne ikke registrere reservationen på ordren</translation>
    </message>
    <message>
        <source>Could not read the journal&apos;s order records</source>
        <translation>Kunne ikke læse ordreregistreringerne i loggen</translation>
    </message>
    <message>
        <source>Could not record on the order</source>
        <translation>Kunne ikke registrere på ordren</translation>
    </message>
</context>
<context>
    <name>MoneyMoves</name>
    <message>
        <source>The payment is authorized, but recording the authorization on order {order} failed: {reason}</source>
        <translation>Betalingen er reserveret, men registreringen af reservationen på ordre {order} mislykkedes: {reason}</translation>
    </message>
    <message>
        <source>Not recorded on order {order} yet: recording the {what} failed earlier. The money moved as shown; only the record is missing.</source>
        <translation>Ikke registreret på ordre {order} endnu: registreringen af {what} mislykkedes tidligere. Pengene blev flyttet som vist; kun registreringen mangler.</translation>
    </message>
    <message>
        <source>What is left changed since you confirmed: now {amount} instead of {amount2}. Nothing was sent; look at the transaction and try again.</source>
        <translation>Det, der er tilbage, har ændret sig, siden du bekræftede: nu {amount} i stedet for {amount2}. Intet blev sendt; se på transaktionen, og prøv igen.</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Everything left: {remaining}</source>
        <translation>Alt, der er tilbage: {remaining}</translation>
    </message>
    <message>
        <source>Chosen lines</source>
        <translation>Valgte linjer</translation>
    </message>
    <message>
        <source>An amount</source>
        <translation>Et beløb</translation>
    </message>
    <message>
        <source>This transaction has no order lines.</source>
        <translation>Denne transaktion har ingen ordrelinjer.</translation>
    </message>
    <message>
        <source>Amount to {verb}</source>
        <translation>Beløb at {verb}</translation>
    </message>
    <message>
        <source>Continue to confirmation…</source>
        <translation>Videre til bekræftelse …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Choose at least one unit of a line.</source>
        <translation>Vælg mindst én enhed fra en linje.</translation>
    </message>
    <message>
        <source>Enter the amount to {verb}.</source>
        <translation>Indtast beløbet, der skal {verb}s.</translation>
    </message>
    <message>
        <source>At most {remaining} can be {done} (asked for {amount}).</source>
        <translation>Højst {remaining} kan {done} (du bad om {amount}).</translation>
    </message>
    <message>
        <source>To {verb}: {shown}</source>
        <translation>At {verb}: {shown}</translation>
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
        <translation>1 uge</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 måned</translation>
    </message>
    <message>
        <source>Custom time…</source>
        <translation>Vælg tidspunkt …</translation>
    </message>
    <message>
        <source>This is a TEST account: Dintero sends no SMS in test and reports it as skipped. Copy the link or show the QR code instead.</source>
        <translation>Dette er en TESTKONTO: Dintero sender ikke sms i test og melder den som sprunget over. Kopiér linket, eller vis QR-koden i stedet.</translation>
    </message>
    <message>
        <source>Dintero sends the link by SMS to the customer&apos;s mobile number.</source>
        <translation>Dintero sender linket på sms til kundens mobilnummer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;New payment link&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nyt betalingslink&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Te&amp;mplates</source>
        <translation>&amp;Skabeloner</translation>
    </message>
    <message>
        <source>Order templates</source>
        <translation>Ordreskabeloner</translation>
    </message>
    <message>
        <source>Save a car&amp;d…</source>
        <translation>Gem et k&amp;ort …</translation>
    </message>
    <message>
        <source>Send a link where a returning customer saves a card</source>
        <translation>Send et link, hvor en fast kunde gemmer et kort</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Merchant reference</source>
        <translation>Butikkens reference</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>New reference</source>
        <translation>Ny reference</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Valuta</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Reference</translation>
    </message>
    <message>
        <source>Customer phone</source>
        <translation>Kundens telefon</translation>
    </message>
    <message>
        <source>kari@example.no</source>
        <translation>mette@example.dk</translation>
    </message>
    <message>
        <source>Customer e-mail</source>
        <translation>Kundens e-mail</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>The customer&apos;s language</source>
        <translation>Kundens sprog</translation>
    </message>
    <message>
        <source>The language of the payment page and of the message to the customer. Automatic follows the phone number&apos;s country (+47, +46, +45), else English.</source>
        <translation>Sproget på betalingssiden og i beskeden til kunden. Automatisk følger telefonnummerets land (+47, +46, +45), ellers engelsk.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisk</translation>
    </message>
    <message>
        <source>Customer&apos;s language</source>
        <translation>Kundens sprog</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Tel&amp;efon</translation>
    </message>
    <message>
        <source>Link expires after</source>
        <translation>Linket udløber efter</translation>
    </message>
    <message>
        <source>Custom expiry time</source>
        <translation>Eget udløbstidspunkt</translation>
    </message>
    <message>
        <source>Auto-capture when pa&amp;id</source>
        <translation>Hæv &amp;automatisk ved betaling</translation>
    </message>
    <message>
        <source>Send b&amp;y SMS</source>
        <translation>Send på s&amp;ms</translation>
    </message>
    <message>
        <source>Cl&amp;ear</source>
        <translation>R&amp;yd</translation>
    </message>
    <message>
        <source>E&amp;xpires</source>
        <translation>&amp;Udløber</translation>
    </message>
    <message>
        <source>&amp;Create link</source>
        <translation>O&amp;pret link</translation>
    </message>
    <message>
        <source>Create the payment link (Ctrl+Enter)</source>
        <translation>Opret betalingslinket (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>{number} looks like a landline: it may not receive the SMS. Check the number with the customer, or copy the link and send it another way.</source>
        <translation>{number} ligner et fastnetnummer: det kan måske ikke modtage sms&apos;en. Tjek nummeret med kunden, eller kopiér linket og send det på en anden måde.</translation>
    </message>
    <message>
        <source>Enter a reference</source>
        <translation>Indtast en reference</translation>
    </message>
    <message>
        <source>Enter a reference the customer can quote</source>
        <translation>Indtast en reference, som kunden kan oplyse</translation>
    </message>
    <message>
        <source>Check the e-mail address</source>
        <translation>Tjek e-mailadressen</translation>
    </message>
    <message>
        <source>&quot;{email}&quot; is not an e-mail address, for example kari@example.no</source>
        <translation>»{email}« er ikke en e-mailadresse, for eksempel mette@example.dk</translation>
    </message>
    <message>
        <source>Choose an expiry time at least a few minutes from now</source>
        <translation>Vælg et udløbstidspunkt mindst et par minutter ude i fremtiden</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s mobile number to send the link by SMS</source>
        <translation>Indtast kundens mobilnummer for at sende linket på sms</translation>
    </message>
    <message>
        <source>A mobile number is needed for SMS</source>
        <translation>Sms kræver et mobilnummer</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Open &amp;payment</source>
        <extracomment>Notification: staff clicked the desktop&apos;s balloon of the latest one</extracomment>
        <translation>Åbn &amp;betalingen</translation>
    </message>
    <message>
        <source>Show this payment on the Transactions page</source>
        <translation>Vis denne betaling på siden Transaktioner</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>Luk beskeden</translation>
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
        <translation>Et betalingslink skal have et beløb over nul.</translation>
    </message>
    <message>
        <source>Say why the authorization is extended.</source>
        <translation>Skriv, hvorfor reservationen forlænges.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Beløbet skal være mere end nul.</translation>
    </message>
    <message>
        <source>Only {left} can still be captured, but {asked} was asked for.</source>
        <translation>Kun {left} kan stadig hæves, men der blev bedt om {asked}.</translation>
    </message>
    <message>
        <source>Only {left} can still be refunded, but {asked} was asked for.</source>
        <translation>Kun {left} kan stadig refunderes, men der blev bedt om {asked}.</translation>
    </message>
    <message>
        <source>The chosen lines add up to {total}, but the amount is {amount}.</source>
        <translation>De valgte linjer giver i alt {total}, men beløbet er {amount}.</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>linje {line}</translation>
    </message>
    <message>
        <source>Only {left} is left on {name}, but {asked} was asked for.</source>
        <translation>Kun {left} er tilbage på {name}, men der blev bedt om {asked}.</translation>
    </message>
</context>
<context>
    <name>OrderForLink</name>
    <message>
        <source>Order {order} is in {order_currency}, but the link is in {currency}. Choose {order_currency}, or another reference.</source>
        <translation>Ordre {order} er i {order_currency}, men linket er i {currency}. Vælg {order_currency} eller en anden reference.</translation>
    </message>
    <message>
        <source>No link was created: this API client may not use Dintero&apos;s Orders API (it lacks the “admin:shopping” scope). Give it that scope in Dintero&apos;s back office, or turn the Orders API setting off for this account.</source>
        <translation>Der blev ikke oprettet noget link: denne API-klient må ikke bruge Dinteros Orders API (den mangler adgangen »admin:shopping«). Giv den adgangen i Dinteros back office, eller slå indstillingen Orders API fra for denne konto.</translation>
    </message>
    <message>
        <source>No link was created: the order could not be made in Dintero&apos;s Orders API. {reason}</source>
        <translation>Der blev ikke oprettet noget link: ordren kunne ikke oprettes i Dinteros Orders API. {reason}</translation>
    </message>
</context>
<context>
    <name>OrderLine</name>
    <message>
        <source>Each line needs a line id</source>
        <translation>Hver linje skal have et linje-id</translation>
    </message>
    <message>
        <source>Each line needs a description</source>
        <translation>Hver linje skal have en beskrivelse</translation>
    </message>
    <message>
        <source>Quantity must be a number such as 1 or 1.5</source>
        <translation>Antal skal være et tal, for eksempel 1 eller 1,5</translation>
    </message>
    <message>
        <source>Quantity must be more than 0</source>
        <translation>Antal skal være større end 0</translation>
    </message>
    <message>
        <source>Unit price must be a whole number of minor units</source>
        <translation>Stykprisen skal være et helt antal øre</translation>
    </message>
</context>
<context>
    <name>OrderRecording</name>
    <message>
        <source>Line {line} is not on transaction {transaction}.</source>
        <extracomment>The record made once a payment is authorized (the other records follow money moves). Transaction statuses with no authorization (yet) to record.</extracomment>
        <translation>Linje {line} findes ikke på transaktion {transaction}.</translation>
    </message>
    <message>
        <source>The transaction has no lines to record on the order.</source>
        <translation>Transaktionen har ingen linjer at registrere på ordren.</translation>
    </message>
    <message>
        <source>The transaction has no merchant reference, so there is no order.</source>
        <translation>Transaktionen mangler butikkens reference, så der er ingen ordre.</translation>
    </message>
    <message>
        <source>Transaction {transaction} is not authorized.</source>
        <translation>Transaktion {transaction} er ikke reserveret.</translation>
    </message>
    <message>
        <source>The transaction&apos;s lines do not cover the amount to record.</source>
        <translation>Transaktionens linjer dækker ikke beløbet, der skal registreres.</translation>
    </message>
</context>
<context>
    <name>OutcomeUnknown</name>
    <message>
        <source>Outcome of {operation} on {transaction_id} unknown</source>
        <translation>Ukendt udfald af {operation} på {transaction_id}</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>Enter a phone number</source>
        <translation>Indtast et telefonnummer</translation>
    </message>
    <message>
        <source>&quot;{cleaned}&quot; is not a phone number. Use digits, for example 99 99 99 99</source>
        <translation>»{cleaned}« er ikke et telefonnummer. Brug cifre, for eksempel 20 12 34 56</translation>
    </message>
    <message>
        <source>&quot;{cleaned}&quot; is not a phone number</source>
        <translation>»{cleaned}« er ikke et telefonnummer</translation>
    </message>
    <message>
        <source>&quot;{cleaned}&quot; is not a valid phone number. Check the digits, and start with + and the country code if it is foreign</source>
        <translation>»{cleaned}« er ikke et gyldigt telefonnummer. Tjek cifrene, og start med + og landekoden, hvis det er udenlandsk</translation>
    </message>
    <message>
        <source>&quot;{cleaned}&quot; is not a phone number: check the digits</source>
        <translation>»{cleaned}« er ikke et telefonnummer: tjek cifrene</translation>
    </message>
</context>
<context>
    <name>PhoneRegion</name>
    <message>
        <source>Norwegian</source>
        <translation>Norske</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svenske</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Danske</translation>
    </message>
    <message>
        <source>{example} (or {others} …)</source>
        <translation>{example} (eller {others} …)</translation>
    </message>
    <message>
        <source>{country} numbers as people say them; start other numbers with + and the country code (+47 Norway, +46 Sweden, +45 Denmark)</source>
        <translation>{country} numre, som folk siger dem; start andre numre med + og landekoden (+47 Norge, +46 Sverige, +45 Danmark)</translation>
    </message>
</context>
<context>
    <name>PluginWarning</name>
    <message>
        <source>This payment was created by {system}. Capturing, refunding or voiding it here will not update the order in {system}: update the order there as well.</source>
        <translation>Denne betaling blev oprettet af {system}. At hæve, refundere eller annullere den her opdaterer ikke ordren i {system}: opdater også ordren dér.</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Keep the operator name under 80 characters.</source>
        <translation>Hold operatørnavnet under 80 tegn.</translation>
    </message>
    <message>
        <source>Keep the desk name under 80 characters.</source>
        <translation>Hold kassenavnet under 80 tegn.</translation>
    </message>
    <message>
        <source>Enter the shared database&apos;s connection string, e.g. postgresql://kari@db.shop.lan/paydesk.</source>
        <translation>Indtast forbindelsesstrengen til den fælles database, f.eks. postgresql://kari@db.shop.lan/paydesk.</translation>
    </message>
    <message>
        <source>The confirmation threshold must be zero or a positive amount.</source>
        <translation>Bekræftelsesgrænsen skal være nul eller et positivt beløb.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>{default_operator} (the computer&apos;s user name)</source>
        <translation>{default_operator} (computerens brugernavn)</translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation>Operatørnavn</translation>
    </message>
    <message>
        <source>{default_desk_name} (the computer&apos;s name)</source>
        <translation>{default_desk_name} (computerens navn)</translation>
    </message>
    <message>
        <source>Desk name</source>
        <translation>Kassenavn</translation>
    </message>
    <message>
        <source>This computer only</source>
        <translation>Kun denne computer</translation>
    </message>
    <message>
        <source>The shop&apos;s shared database (PostgreSQL)</source>
        <translation>Butikkens fælles database (PostgreSQL)</translation>
    </message>
    <message>
        <source>postgresql://kari@db.shop.lan:5432/paydesk</source>
        <translation>postgresql://kari@db.shop.lan:5432/paydesk</translation>
    </message>
    <message>
        <source>Shared database connection string</source>
        <translation>Forbindelsesstreng til fælles database</translation>
    </message>
    <message>
        <source>kept in the system keychain; blank keeps it</source>
        <translation>gemmes i systemets nøglering; tomt beholder den</translation>
    </message>
    <message>
        <source>Shared database password</source>
        <translation>Adgangskode til fælles database</translation>
    </message>
    <message>
        <source>Production confirmation threshold</source>
        <translation>Bekræftelsesgrænse i produktion</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation>Samme som computeren</translation>
    </message>
    <message>
        <source>&amp;Operator name</source>
        <translation>&amp;Operatørnavn</translation>
    </message>
    <message>
        <source>Written on every audit journal row, beside the account and the amount.</source>
        <translation>Skrives på hver række i revisionsloggen ved siden af kontoen og beløbet.</translation>
    </message>
    <message>
        <source>&amp;Desk name</source>
        <translation>&amp;Kassenavn</translation>
    </message>
    <message>
        <source>Shown beside the operator, and to a colleague at another desk who tries to move the same payment.</source>
        <translation>Vises ved siden af operatøren og for en kollega ved en anden kasse, der prøver at flytte den samme betaling.</translation>
    </message>
    <message>
        <source>Typed confirmation &amp;above</source>
        <translation>Skrevet bekræftelse &amp;over</translation>
    </message>
    <message>
        <source>On PRODUCTION accounts, a capture, refund or void larger than this (in the payment&apos;s own currency) must be confirmed by typing its amount.</source>
        <translation>På PRODUKTIONSKONTI skal en hævning, refundering eller annullering over dette beløb (i betalingens egen valuta) bekræftes ved at skrive beløbet.</translation>
    </message>
    <message>
        <source>Link history and journal</source>
        <translation>Linkhistorik og log</translation>
    </message>
    <message>
        <source>Connection &amp;string</source>
        <translation>Forbindelses&amp;streng</translation>
    </message>
    <message>
        <source>Database &amp;password</source>
        <translation>Database&amp;adgangskode</translation>
    </message>
    <message>
        <source>Several desks share one link history and journal, and never move the same payment at once. Takes effect the next time Paydesk starts.</source>
        <translation>Flere kasser deler én linkhistorik og log og flytter aldrig den samme betaling samtidig. Gælder fra næste gang, Paydesk starter.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;prog</translation>
    </message>
    <message>
        <source>A new language is used from the next start of Paydesk.</source>
        <translation>Et nyt sprog bruges fra næste gang, Paydesk starter.</translation>
    </message>
    <message>
        <source>Type the threshold amount, e.g. 1 000,00.</source>
        <translation>Skriv grænsebeløbet, f.eks. 1.000,00.</translation>
    </message>
    <message>
        <source>the database password</source>
        <extracomment>Completes &quot;The system keychain did not save {what}.&quot;</extracomment>
        <translation>databaseadgangskoden</translation>
    </message>
    <message>
        <source>Could not save the preferences</source>
        <translation>Kunne ikke gemme indstillingerne</translation>
    </message>
</context>
<context>
    <name>PreferencesStore</name>
    <message>
        <source>Cannot read {path}: {value}</source>
        <translation>Kan ikke læse {path}: {value}</translation>
    </message>
    <message>
        <source>Cannot save the preferences at {path}: {value}.</source>
        <translation>Kan ikke gemme indstillingerne i {path}: {value}.</translation>
    </message>
    <message>
        <source>Another Paydesk window is saving the preferences. Try again in a moment.</source>
        <translation>Et andet Paydesk-vindue gemmer indstillingerne. Prøv igen om lidt.</translation>
    </message>
    <message>
        <source>Cannot use the preferences at {path}: {value}.</source>
        <translation>Kan ikke bruge indstillingerne i {path}: {value}.</translation>
    </message>
    <message>
        <source>The preferences file ({name}) is damaged and could not be moved aside ({value}). Fix or delete {path}; until then the defaults are used.</source>
        <translation>Indstillingsfilen ({name}) er beskadiget og kunne ikke flyttes til side ({value}). Ret eller slet {path}; indtil da bruges standardværdierne.</translation>
    </message>
    <message>
        <source>The preferences file ({name}) was damaged. Paydesk moved it aside as {name2} and uses the defaults until you save new preferences.</source>
        <translation>Indstillingsfilen ({name}) var beskadiget. Paydesk flyttede den til side som {name2} og bruger standardværdierne, indtil du gemmer nye indstillinger.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Receipt {reference}.pdf</source>
        <translation>Kvittering {reference}.pdf</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>CVR-nr.</translation>
    </message>
    <message>
        <source>TEST PAYMENT — no money was moved</source>
        <translation>TESTBETALING — der blev ikke flyttet penge</translation>
    </message>
    <message>
        <source>Captured so far</source>
        <translation>Hævet indtil nu</translation>
    </message>
    <message>
        <source>Refunded so far</source>
        <translation>Refunderet indtil nu</translation>
    </message>
    <message>
        <source>The rest of the payment was voided</source>
        <translation>Resten af betalingen blev annulleret</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Kvittering</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Betalingsmåde</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Vare</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>VAT in total</source>
        <translation>Moms i alt</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Receipt</source>
        <extracomment>Resolution of a saved receipt (dots per inch): sharp when printed, a small file.</extracomment>
        <translation>Kvittering</translation>
    </message>
    <message>
        <source>Receipt preview</source>
        <translation>Forhåndsvisning af kvitteringen</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv …</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Gem som PDF …</translation>
    </message>
    <message>
        <source>&amp;E-mail with receipt…</source>
        <translation>&amp;E-mail med kvittering …</translation>
    </message>
    <message>
        <source>Saves the receipt as a PDF, opens its folder and a new e-mail: drag the PDF into the e-mail</source>
        <translation>Gemmer kvitteringen som PDF, åbner mappen og en ny e-mail: træk PDF&apos;en ind i e-mailen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>Gem kvitteringen som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>the file was not written</source>
        <translation>filen blev ikke skrevet</translation>
    </message>
    <message>
        <source>Could not save the receipt as {path}: {reason}</source>
        <translation>Kunne ikke gemme kvitteringen som {path}: {reason}</translation>
    </message>
    <message>
        <source>Receipt saved as {path}</source>
        <translation>Kvitteringen er gemt som {path}</translation>
    </message>
    <message>
        <source>The receipt is saved as {path}. Its folder and a new e-mail are open: drag the PDF into the e-mail (an e-mail link cannot attach files by itself).</source>
        <translation>Kvitteringen er gemt som {path}. Mappen og en ny e-mail er åbne: træk PDF&apos;en ind i e-mailen (et mail-link kan ikke selv vedhæfte filer).</translation>
    </message>
    <message>
        <source>The receipt is saved as {path}, but no mail program opened. Attach the PDF to an e-mail to the customer by hand.</source>
        <translation>Kvitteringen er gemt som {path}, men intet mailprogram blev åbnet. Vedhæft PDF&apos;en til en e-mail til kunden manuelt.</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Returned goods</source>
        <translation>Returnerede varer</translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation>Ordren er annulleret</translation>
    </message>
    <message>
        <source>Damaged or faulty goods</source>
        <translation>Beskadigede eller defekte varer</translation>
    </message>
    <message>
        <source>Price adjustment</source>
        <translation>Prisjustering</translation>
    </message>
    <message>
        <source>Charged twice</source>
        <translation>Hævet to gange</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Captured {captured}, refunded {refunded}. Left to refund: &lt;b&gt;{remaining}&lt;/b&gt;.</source>
        <translation>Hævet {captured}, refunderet {refunded}. Tilbage at refundere: &lt;b&gt;{remaining}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Reason for the refund</source>
        <translation>Årsag til refunderingen</translation>
    </message>
    <message>
        <source>Reason, in your words</source>
        <translation>Årsag, med dine egne ord</translation>
    </message>
    <message>
        <source>Optional note (required for “Other”)</source>
        <translation>Valgfri bemærkning (påkrævet ved »Andet«)</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Årsag:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Bemærkning:</translation>
    </message>
    <message>
        <source>Say why in the note when the reason is “Other”.</source>
        <translation>Skriv hvorfor i bemærkningen, når årsagen er »Andet«.</translation>
    </message>
</context>
<context>
    <name>ResendNotChecked</name>
    <message>
        <source>Paydesk could not check whether Dintero already has the link {merchant_reference}, so it did not send it again (that could leave the customer with two links). {user_message} Try again in a moment.</source>
        <extracomment>How much earlier than the record a session may say it was created and still be it.</extracomment>
        <translation>Paydesk kunne ikke tjekke, om Dintero allerede har linket {merchant_reference}, så det blev ikke sendt igen (kunden kunne så få to links). {user_message} Prøv igen om lidt.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Enter the client secret</source>
        <translation>Indtast klienthemmeligheden</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>On macOS open Keychain Access and make sure the login keychain is unlocked.</source>
        <translation>På macOS åbner du Nøgleringsadgang og sikrer, at login-nøgleringen er låst op.</translation>
    </message>
    <message>
        <source>On Windows make sure Credential Manager is available for your user.</source>
        <translation>På Windows skal du sikre, at Legitimationsadministrator er tilgængelig for din bruger.</translation>
    </message>
    <message>
        <source>On Linux install and unlock a Secret Service such as GNOME Keyring or KWallet, then start Paydesk again.</source>
        <translation>På Linux installerer og låser du en Secret Service op, f.eks. GNOME Keyring eller KWallet, og starter derefter Paydesk igen.</translation>
    </message>
    <message>
        <source>No system keychain is available to keep the client secret. {platform_hint}</source>
        <translation>Der er ingen nøglering i systemet til at gemme klienthemmeligheden. {platform_hint}</translation>
    </message>
    <message>
        <source>The system keychain is locked. Unlock it and try again.</source>
        <translation>Systemets nøglering er låst. Lås den op, og prøv igen.</translation>
    </message>
    <message>
        <source>the client secret</source>
        <extracomment>Completes &quot;The system keychain did not save {what}.&quot;</extracomment>
        <translation>klienthemmeligheden</translation>
    </message>
    <message>
        <source>the password</source>
        <extracomment>Completes &quot;The system keychain did not save {what}.&quot;</extracomment>
        <translation>adgangskoden</translation>
    </message>
    <message>
        <source>The system keychain could not be read.</source>
        <translation>Systemets nøglering kunne ikke læses.</translation>
    </message>
    <message>
        <source>The system keychain did not save {what}.</source>
        <extracomment>{what}: &quot;the client secret&quot;, &quot;the database password&quot; or &quot;the password&quot;</extracomment>
        <translation>Systemets nøglering gemte ikke {what}.</translation>
    </message>
    <message>
        <source>The system keychain did not delete {what}.</source>
        <extracomment>{what}: &quot;the client secret&quot;, &quot;the database password&quot; or &quot;the password&quot;</extracomment>
        <translation>Systemets nøglering slettede ikke {what}.</translation>
    </message>
</context>
<context>
    <name>SendSlots</name>
    <message>
        <source>stopped before it was sent</source>
        <extracomment>Why a capture was not sent: the person stopped the run while it waited its turn.</extracomment>
        <translation>stoppet, før det blev sendt</translation>
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
        <translation>Hævninger, refunderinger og annulleringer er spærret, indtil dette er løst. Bed den, der passer denne computer, om at gendanne journal.sqlite3 fra en sikkerhedskopi (eller få support til at reparere den flyttede fil og lægge den tilbage). Kun hvis hver hævning, refundering og annullering er tjekket i Dinteros back office, må de slette journal.sqlite3.blocked for at starte en ny, tom log.</translation>
    </message>
    <message>
        <source>Money operations are blocked until it can be written.</source>
        <translation>Pengeoperationer er spærret, indtil der kan skrives i den.</translation>
    </message>
    <message>
        <source>{who} at desk “{desk}” has been working on this since {when}{doing}.</source>
        <translation>{who} ved kassen »{desk}« har arbejdet på dette siden {when}{doing}.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Nogen</translation>
    </message>
    <message>
        <source>desk leases</source>
        <translation>låsene mellem kasserne</translation>
    </message>
    <message>
        <source>That is not a PostgreSQL connection string. Write it like {example}.</source>
        <extracomment>Changes to shared rows are announced on this channel, ``_&lt;schema&gt;`` appended.</extracomment>
        <translation>Det er ikke en PostgreSQL-forbindelsesstreng. Skriv den sådan: {example}.</translation>
    </message>
    <message>
        <source>The shared database&apos;s connection string cannot be read. Check it in File › Preferences.</source>
        <translation>Forbindelsesstrengen til den fælles database kan ikke læses. Tjek den under Filer › Indstillinger.</translation>
    </message>
    <message>
        <source>The shared database ({where}) cannot be reached. Paydesk keeps trying; money moves and new links wait until it is back.</source>
        <translation>Den fælles database ({where}) kan ikke nås. Paydesk bliver ved med at prøve; pengeflytninger og nye links venter, til den er tilbage.</translation>
    </message>
    <message>
        <source>The shared database connection was closed.</source>
        <translation>Forbindelsen til den fælles database blev lukket.</translation>
    </message>
    <message>
        <source>The {store} ({file}) was closed.</source>
        <extracomment>How long a call waits for another connection (thread or process) to finish writing. What SQLite says when the file itself is damaged (as opposed to busy, full or missing). The files SQLite keeps beside a database; they move aside with it.</extracomment>
        <translation>Paydesk har lukket {store} ({file}).</translation>
    </message>
    <message>
        <source>The {store} ({file}) was written by a newer Paydesk (schema {version}). Update Paydesk on this desk to use it.</source>
        <translation>Paydesk kan ikke bruge {store} ({file}): en nyere Paydesk har skrevet dem (skema {version}). Opdatér Paydesk på denne kasse først.</translation>
    </message>
    <message>
        <source>Give the template a name</source>
        <translation>Giv skabelonen et navn</translation>
    </message>
    <message>
        <source>A template needs at least one order line</source>
        <translation>En skabelon skal have mindst én ordrelinje</translation>
    </message>
    <message>
        <source>template list</source>
        <translation>ordreskabelonerne</translation>
    </message>
    <message>
        <source>A record in the {store} ({file}) is damaged and cannot be read. Keep it for support.</source>
        <translation>En post i {store} ({file}) er beskadiget og kan ikke læses. Gem den til support.</translation>
    </message>
    <message>
        <source>payment link history</source>
        <extracomment>States after which nothing more can happen to the link; tracking stops. Provisional ids of links whose creation Dintero has not confirmed start with this. Dintero&apos;s ``delivery_method`` of a shipping option the customer collects in the shop. The schema steps, exactly as earlier Paydesk versions wrote them to SQLite (never edit a step once released: add one). PostgreSQL also announces every change.</extracomment>
        <translation>linkhistorikken</translation>
    </message>
    <message>
        <source>The {store} ({file}) could not be read: {error}.</source>
        <extracomment>&quot;The {store} ({file}) could not be read/saved/opened&quot;, one whole sentence each.</extracomment>
        <translation>Paydesk kunne ikke læse {store} ({file}): {error}.</translation>
    </message>
    <message>
        <source>The {store} ({file}) could not be saved: {error}.</source>
        <translation>Paydesk kunne ikke gemme {store} ({file}): {error}.</translation>
    </message>
    <message>
        <source>The {store} ({file}) could not be opened: {error}.</source>
        <translation>Paydesk kunne ikke åbne {store} ({file}): {error}.</translation>
    </message>
    <message>
        <source>The {store} ({file}) was written by a newer Paydesk (schema {version}). Update Paydesk to use it.</source>
        <translation>Paydesk kan ikke bruge {store} ({file}): en nyere Paydesk har skrevet dem (skema {version}). Opdatér Paydesk først.</translation>
    </message>
    <message>
        <source>The {store} ({file}) cannot be opened: {error}.</source>
        <translation>Paydesk kan ikke åbne {store} ({file}): {error}.</translation>
    </message>
    <message>
        <source>Another Paydesk window is busy with it; try again in a moment.</source>
        <translation>Et andet Paydesk-vindue arbejder med filen; prøv igen om lidt.</translation>
    </message>
    <message>
        <source>The {store} ({file}) is damaged, and Paydesk could not move it aside ({reason}). Close every Paydesk window and start Paydesk again.</source>
        <translation>Paydesk fandt {store} ({file}) beskadiget, men kunne ikke flytte filen til side ({reason}). Luk alle Paydesk-vinduer, og start Paydesk igen.</translation>
    </message>
    <message>
        <source>The {store} ({file}) is damaged. Paydesk moved it aside as {aside}.</source>
        <translation>Paydesk fandt {store} ({file}) beskadiget og flyttede filen til side som {aside}.</translation>
    </message>
    <message>
        <source>The {store} ({file}) was damaged. Paydesk moved it aside as {aside} and starts a new, empty {store}. Keep the moved file for support.</source>
        <translation>Paydesk fandt {store} ({file}) beskadiget, flyttede filen til side som {aside} og starter {store} forfra, tom. Gem den flyttede fil til support.</translation>
    </message>
    <message>
        <source>The {store} ({file}) was found damaged and moved aside as {aside}.</source>
        <translation>Paydesk fandt {store} ({file}) beskadiget, og filen blev flyttet til side som {aside}.</translation>
    </message>
    <message>
        <source>The {store} ({file}) was found damaged and moved aside.</source>
        <translation>Paydesk fandt {store} ({file}) beskadiget, og filen blev flyttet til side.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>An account with key &quot;{key}&quot; already exists</source>
        <translation>Der findes allerede en konto med nøglen »{key}«</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; already uses account {account_id} with this client id</source>
        <translation>»{name}« bruger allerede konto {account_id} med dette klient-id</translation>
    </message>
</context>
<context>
    <name>TableHeader</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Miljø</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
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
        <translation>Butikkens reference</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fejl</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Af</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operatør</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Transaction / link</source>
        <translation>Transaktion / link</translation>
    </message>
    <message>
        <source>Order (merchant ref.)</source>
        <translation>Ordre (butikkens ref.)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Udfald</translation>
    </message>
    <message>
        <source>Dintero request id</source>
        <translation>Dinteros forespørgsels-id</translation>
    </message>
    <message>
        <source>Operation reference</source>
        <translation>Handlingsreference</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Besked</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Tilgængelig</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Enheder</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Hævet</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunderet</translation>
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
        <translation>Betalingsmetode</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Udbetalt</translation>
    </message>
</context>
<context>
    <name>TemplatesMenu</name>
    <message>
        <source>Templates</source>
        <translation>Skabeloner</translation>
    </message>
    <message>
        <source>Could not read the saved templates</source>
        <translation>Kunne ikke læse de gemte skabeloner</translation>
    </message>
    <message>
        <source>No templates saved yet</source>
        <translation>Ingen skabeloner gemt endnu</translation>
    </message>
    <message>
        <source>Insert “{name}” ({count} lines)</source>
        <translation>Indsæt »{name}« ({count} linjer)</translation>
    </message>
    <message>
        <source>&amp;Save lines as template…</source>
        <translation>&amp;Gem linjerne som skabelon …</translation>
    </message>
    <message>
        <source>&amp;Delete template</source>
        <translation>&amp;Slet skabelon</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Gem som skabelon</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>Skabelonens navn:</translation>
    </message>
    <message>
        <source>Cannot save the template: {error}</source>
        <translation>Kan ikke gemme skabelonen: {error}</translation>
    </message>
    <message>
        <source>Could not save the template</source>
        <translation>Kunne ikke gemme skabelonen</translation>
    </message>
    <message>
        <source>Could not delete the template</source>
        <translation>Kunne ikke slette skabelonen</translation>
    </message>
</context>
<context>
    <name>TransactionListModel</name>
    <message>
        <source>Could not load transactions</source>
        <translation>Kunne ikke indlæse transaktionerne</translation>
    </message>
</context>
<context>
    <name>TransactionNotes</name>
    <message>
        <source>Dintero will capture this automatically (it retries for up to 48 hours). Capturing or voiding it yourself stops the automatic capture.</source>
        <translation>Dintero hæver denne automatisk (og prøver igen i op til 48 timer). Hæver eller annullerer du den selv, stopper den automatiske hævning.</translation>
    </message>
    <message>
        <source>Not settled yet</source>
        <translation>Ikke udbetalt endnu</translation>
    </message>
    <message>
        <source>Partly settled</source>
        <translation>Delvist udbetalt</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Udbetalt</translation>
    </message>
    <message>
        <source>Nothing reserved is left to capture.</source>
        <translation>Der er intet reserveret tilbage at hæve.</translation>
    </message>
    <message>
        <source>Probably expired around {when}. {reason} (an estimate).</source>
        <translation>Udløb sandsynligvis omkring {when}. {reason} (et skøn).</translation>
    </message>
    <message>
        <source>Expires within a day (around {when}). {reason} (an estimate).</source>
        <translation>Udløber inden for et døgn (omkring {when}). {reason} (et skøn).</translation>
    </message>
    <message>
        <source>Expires around {when} (in {days_left} days). {reason} (an estimate).</source>
        <translation>Udløber omkring {when} (om {days_left} dage). {reason} (et skøn).</translation>
    </message>
    <message>
        <source>paid out {amount}</source>
        <translation>udbetalt {amount}</translation>
    </message>
    <message>
        <source>{amount} still to be paid out</source>
        <translation>{amount} mangler at blive udbetalt</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ikke endnu</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Delvist</translation>
    </message>
    <message>
        <source>line {line_id}</source>
        <translation>linje {line_id}</translation>
    </message>
    <message>
        <source>This payment method needs lines: it will be captured as {lines}.</source>
        <translation>Denne betalingsmetode kræver linjer: beløbet hæves som {lines}.</translation>
    </message>
    <message>
        <source>This payment method needs lines: it will be refunded as {lines}.</source>
        <translation>Denne betalingsmetode kræver linjer: beløbet refunderes som {lines}.</translation>
    </message>
</context>
<context>
    <name>TransactionsPage</name>
    <message>
        <source>Dintero sends the newest payments first, a page at a time. Sorted by another column, only the rows loaded so far are ordered: scroll down to load more.</source>
        <translation>Dintero sender de nyeste betalinger først, én side ad gangen. Sorteret efter en anden kolonne ordnes kun de rækker, der er indlæst indtil nu: rul ned for at indlæse flere.</translation>
    </message>
    <message>
        <source>Transactions</source>
        <extracomment>Transaction, each time the detail shows it as just read (its link may follow it)</extracomment>
        <translation>Transaktioner</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>Ingen konto</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Opdater</translation>
    </message>
    <message>
        <source>Copy id</source>
        <translation>Kopiér id</translation>
    </message>
    <message>
        <source>Copy reference</source>
        <translation>Kopiér reference</translation>
    </message>
    <message>
        <source>Capture selected…</source>
        <translation>Hæv valgte …</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksportér CSV …</translation>
    </message>
    <message>
        <source>Audit journal…</source>
        <translation>Revisionslog …</translation>
    </message>
    <message>
        <source>Customer…</source>
        <translation>Kunde …</translation>
    </message>
    <message>
        <source>Could not open the audit journal; money operations are blocked</source>
        <translation>Kunne ikke åbne revisionsloggen; pengeflytninger er spærret</translation>
    </message>
    <message>
        <source> · sorted among loaded rows</source>
        <translation> · sorteret blandt indlæste rækker</translation>
    </message>
    <message numerus="yes">
        <source>%n loaded{sort_note} · loading…</source>
        <translation>
            <numerusform>%n indlæst{sort_note} · indlæser …</numerusform>
            <numerusform>%n indlæst{sort_note} · indlæser …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n loaded{sort_note} · more as you scroll</source>
        <translation>
            <numerusform>%n indlæst{sort_note} · flere, når du ruller</numerusform>
            <numerusform>%n indlæst{sort_note} · flere, når du ruller</numerusform>
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
        <translation>Kunne ikke indlæse transaktionen</translation>
    </message>
    <message>
        <source>Could not open the transaction</source>
        <translation>Kunne ikke åbne transaktionen</translation>
    </message>
    <message>
        <source>Extend authorization</source>
        <translation>Forlæng reservationen</translation>
    </message>
    <message>
        <source>Ask Klarna for 28 more days to capture {id}?</source>
        <translation>Bed Klarna om 28 dage mere til at hæve {id}?</translation>
    </message>
    <message>
        <source>The customer&apos;s payment stays reserved longer (up to 6 months in all). Nothing is charged.</source>
        <translation>Kundens betaling forbliver reserveret længere (op til 6 måneder i alt). Der hæves intet.</translation>
    </message>
    <message>
        <source>&amp;Extend authorization</source>
        <translation>&amp;Forlæng reservationen</translation>
    </message>
    <message>
        <source>&amp;Keep as it is</source>
        <translation>&amp;Lad det være</translation>
    </message>
    <message>
        <source>Order not shipped yet</source>
        <translation>Ordren er ikke afsendt endnu</translation>
    </message>
    <message>
        <source>{action} not sent: the confirmation was closed.</source>
        <translation>{action} blev ikke sendt: bekræftelsen blev lukket.</translation>
    </message>
    <message>
        <source>{note} {action} anyway?</source>
        <translation>{note} {action} alligevel?</translation>
    </message>
</context>
<context>
    <name>TypedAmount</name>
    <message>
        <source>This is above {threshold} on a production account. Type the amount to confirm it:</source>
        <translation>Dette er over {threshold} på en produktionskonto. Skriv beløbet for at bekræfte:</translation>
    </message>
    <message>
        <source>Type the amount to confirm</source>
        <translation>Skriv beløbet for at bekræfte</translation>
    </message>
    <message>
        <source>Type {expected} to confirm, or choose not to go ahead.</source>
        <translation>Skriv {expected} for at bekræfte, eller vælg ikke at fortsætte.</translation>
    </message>
    <message>
        <source>{error}. Type {expected} to confirm.</source>
        <translation>{error}. Skriv {expected} for at bekræfte.</translation>
    </message>
    <message>
        <source>That is not the amount: type {expected} exactly to confirm.</source>
        <translation>Det er ikke beløbet: skriv præcis {expected} for at bekræfte.</translation>
    </message>
</context>
<context>
    <name>Vat</name>
    <message>
        <source>Quantity can be at most {maximum}</source>
        <translation>Antal kan højst være {maximum}</translation>
    </message>
    <message>
        <source>VAT rate must be a number such as 25</source>
        <extracomment>Rate used when neither country nor currency is known: the Scandinavian standard rate. Standard VAT rate in percent by ISO country code and by that country&apos;s currency. ``line_id`` (and ``sku``) of the line that absorbs rounding differences. The largest quantity a line takes: far above a phone order, small enough that quantity × price stays quick to work out and readable on screen. Longest text read as a quantity or a VAT rate (spaces and a &quot;%&quot; included).</extracomment>
        <translation>Momssatsen skal være et tal, for eksempel 25</translation>
    </message>
    <message>
        <source>VAT rate must be between 0 and 100 %</source>
        <translation>Momssatsen skal være mellem 0 og 100 %</translation>
    </message>
    <message>
        <source>Use at most 2 decimals for the VAT rate</source>
        <translation>Brug højst 2 decimaler i momssatsen</translation>
    </message>
    <message>
        <source>Quantity must be a number such as 1 or 1,5</source>
        <translation>Antal skal være et tal, for eksempel 1 eller 1,5</translation>
    </message>
    <message>
        <source>Quantity must be more than 0</source>
        <translation>Antal skal være større end 0</translation>
    </message>
    <message>
        <source>Use at most {quantity_decimals} decimals for the quantity</source>
        <translation>Brug højst {quantity_decimals} decimaler i antallet</translation>
    </message>
    <message>
        <source>VAT must be a percentage such as 25</source>
        <translation>Moms skal være en procentsats, for eksempel 25</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Void — {id}</source>
        <translation>Annuller – {id}</translation>
    </message>
    <message>
        <source>Release the uncaptured rest of this payment: &lt;b&gt;{amount}&lt;/b&gt;. What was captured ({captured}) stays captured.</source>
        <translation>Frigiv resten af betalingen, som ikke er hævet: &lt;b&gt;{amount}&lt;/b&gt;. Det, der er hævet ({captured}), forbliver hævet.</translation>
    </message>
    <message>
        <source>Void the authorization of &lt;b&gt;{amount}&lt;/b&gt;: the reserved money is released to the customer and nothing can be captured afterwards.</source>
        <translation>Annuller reservationen på &lt;b&gt;{amount}&lt;/b&gt;: de reserverede penge frigives til kunden, og intet kan hæves bagefter.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>Continue to confirmation…</source>
        <translation>Videre til bekræftelse …</translation>
    </message>
    <message>
        <source>Keep payment</source>
        <translation>Behold betalingen</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>Capture</source>
        <translation>Hæv</translation>
    </message>
    <message>
        <source>capture</source>
        <extracomment>An operation inside a sentence (&quot;an earlier capture&quot;): the same words as ``app.desk.wording.OPERATION_WORDS.verb``, which this layer cannot import.</extracomment>
        <translation>hæve</translation>
    </message>
    <message>
        <source>captured</source>
        <translation>hæves</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refunder</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>refundere</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>refunderes</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>void</source>
        <translation>annullere</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>annulleres</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Hævet</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunderet</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Annulleret</translation>
    </message>
    <message>
        <source>Initiated</source>
        <translation>Påbegyndt</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>I bero</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Reserveret</translation>
    </message>
    <message>
        <source>Partially captured</source>
        <translation>Delvist hævet</translation>
    </message>
    <message>
        <source>Part captured, part refunded</source>
        <translation>Delvist hævet, delvist refunderet</translation>
    </message>
    <message>
        <source>Partially refunded</source>
        <translation>Delvist refunderet</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Afvist</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislykket</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ukendt</translation>
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
        <translation>Afbetaling (Walley)</translation>
    </message>
    <message>
        <source>Instabank</source>
        <translation>Instabank</translation>
    </message>
    <message>
        <source>unknown payment method</source>
        <translation>ukendt betalingsmetode</translation>
    </message>
    <message>
        <source>Unknown payment method</source>
        <translation>Ukendt betalingsmetode</translation>
    </message>
</context>
</TS>
