<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Paydesk</source>
        <translation>Om Paydesk</translation>
    </message>
    <message>
        <source>&lt;h2 style=&apos;margin:0&apos;&gt;Paydesk&lt;/h2&gt;&lt;p style=&apos;margin:0&apos;&gt;Version {label}&lt;/p&gt;&lt;p style=&apos;margin:0&apos;&gt;Payment links and transactions for Dintero Checkout.&lt;/p&gt;</source>
        <translation>&lt;h2 style=&apos;margin:0&apos;&gt;Paydesk&lt;/h2&gt;&lt;p style=&apos;margin:0&apos;&gt;Versjon {label}&lt;/p&gt;&lt;p style=&apos;margin:0&apos;&gt;Betalingslenker og transaksjoner for Dintero Checkout.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Libraries included, with their licences&lt;/b&gt;</source>
        <translation>&lt;b&gt;Biblioteker som følger med, og lisensene deres&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Libraries included, with their licences</source>
        <translation>Biblioteker som følger med, og lisensene deres</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliotek</translation>
    </message>
    <message>
        <source>Version</source>
        <extracomment>The rows&apos; labels as the window shows them; *Copy* keeps the English ones, for support.</extracomment>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Operativsystem</translation>
    </message>
    <message>
        <source>Built</source>
        <translation>Bygget</translation>
    </message>
    <message>
        <source>Installed app</source>
        <translation>Installert program</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datamappe</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Loggmappe</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lisens</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>Copy version and folders, to send to support</source>
        <translation>Kopier versjon og mapper for å sende til brukerstøtte</translation>
    </message>
</context>
<context>
    <name>Account</name>
    <message>
        <source>{capitalize} must be text</source>
        <translation>{capitalize} må være tekst</translation>
    </message>
    <message>
        <source>Give the account a name</source>
        <translation>Gi kontoen et navn</translation>
    </message>
    <message>
        <source>Account id must be T or P followed by 8 digits</source>
        <translation>Konto-ID må være T eller P fulgt av 8 sifre</translation>
    </message>
    <message>
        <source>Enter the client id of the API client</source>
        <translation>Skriv inn klient-ID-en til API-klienten</translation>
    </message>
    <message>
        <source>Client id cannot contain spaces or &apos;:&apos;</source>
        <translation>Klient-ID kan ikke inneholde mellomrom eller &apos;:&apos;</translation>
    </message>
    <message>
        <source>Enter a checkout profile id (usually &apos;default&apos;)</source>
        <translation>Skriv inn en checkout-profil-ID (vanligvis &apos;default&apos;)</translation>
    </message>
    <message>
        <source>Return URL</source>
        <translation>Retur-URL</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>Tilbakekallings-URL</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>{label} must be text</source>
        <translation>{label} må være tekst</translation>
    </message>
    <message>
        <source>Unknown currency {currency!r}</source>
        <translation>Ukjent valuta {currency!r}</translation>
    </message>
    <message>
        <source>Orders API setting must be on or off</source>
        <translation>Innstillingen for Orders API må være på eller av</translation>
    </message>
    <message>
        <source>The shop name and organisation number must be text</source>
        <translation>Butikknavnet og organisasjonsnummeret må være tekst</translation>
    </message>
    <message>
        <source>Account key must be a non-empty letters-and-digits id</source>
        <translation>Kontonøkkelen må være en ID av bokstaver og sifre</translation>
    </message>
    <message>
        <source>Callback URL must start with https:// on a production account</source>
        <translation>Tilbakekallings-URL-en må begynne med https:// på en produksjonskonto</translation>
    </message>
    <message>
        <source>Callback URL must be a public address Dintero can reach, not a local or example one</source>
        <translation>Tilbakekallings-URL-en må være en offentlig adresse Dintero kan nå, ikke en lokal adresse eller en eksempeladresse</translation>
    </message>
    <message>
        <source>Return URL must be the shop&apos;s own page on a production account, not an example address</source>
        <translation>Retur-URL-en må være butikkens egen side på en produksjonskonto, ikke en eksempeladresse</translation>
    </message>
    <message>
        <source>Enter the client secret of the API client</source>
        <translation>Skriv inn klienthemmeligheten til API-klienten</translation>
    </message>
    <message>
        <source>Enter the client secret for the changed client id</source>
        <translation>Skriv inn klienthemmeligheten for den endrede klient-ID-en</translation>
    </message>
    <message>
        <source>{failure} The client secret typed for it is still in the system keychain (service &quot;{service}&quot;, entry &quot;{entry}&quot;) and could not be taken back: {reason}</source>
        <translation>{failure} Klienthemmeligheten som ble skrevet inn for den, ligger fortsatt i systemets nøkkelring (tjeneste «{service}», oppføring «{entry}») og kunne ikke tas tilbake: {reason}</translation>
    </message>
    <message>
        <source>The account “{name}” was removed, but its client secret could not be deleted from the system keychain (service &quot;{service}&quot;, entry &quot;{entry}&quot;): {reason} Delete that entry in the keychain, or it stays there unused.</source>
        <translation>Kontoen «{name}» ble fjernet, men klienthemmeligheten kunne ikke slettes fra systemets nøkkelring (tjeneste «{service}», oppføring «{entry}»): {reason} Slett den oppføringen i nøkkelringen, ellers blir den liggende ubrukt.</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <source>Paste the client secret</source>
        <translation>Lim inn klienthemmeligheten</translation>
    </message>
    <message>
        <source>Saved in the system keychain — type a new one to replace it</source>
        <translation>Lagret i systemets nøkkelring – skriv en ny for å erstatte den</translation>
    </message>
    <message>
        <source>My shop (test)</source>
        <translation>Butikken min (test)</translation>
    </message>
    <message>
        <source>T12345678 for test, P12345678 for production</source>
        <translation>T12345678 for test, P12345678 for produksjon</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>valgfritt</translation>
    </message>
    <message>
        <source>optional: only for a local sandbox</source>
        <translation>valgfritt: bare for en lokal sandkasse</translation>
    </message>
    <message>
        <source>Record payments in Dintero&apos;s Orders API</source>
        <translation>Registrer betalinger i Dinteros Orders API</translation>
    </message>
    <message>
        <source>as printed on receipts (the name above if empty)</source>
        <translation>slik det står på kvitteringer (navnet over hvis tomt)</translation>
    </message>
    <message>
        <source>printed on receipts, e.g. 987 654 321</source>
        <translation>står på kvitteringer, f.eks. 987 654 321</translation>
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
        <translation>Konto-&amp;ID</translation>
    </message>
    <message>
        <source>Account id</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>&amp;Client id</source>
        <translation>&amp;Klient-ID</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Klient-ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Klienthemmelighet</translation>
    </message>
    <message>
        <source>Client s&amp;ecret</source>
        <translation>Klient&amp;hemmelighet</translation>
    </message>
    <message>
        <source>&amp;Profile id</source>
        <translation>&amp;Profil-ID</translation>
    </message>
    <message>
        <source>Checkout profile id</source>
        <translation>Checkout-profil-ID</translation>
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
        <translation>Tilb&amp;akekallings-URL</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>Tilbakekallings-URL</translation>
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
        <translation>B&amp;utikknavn</translation>
    </message>
    <message>
        <source>Shop name on receipts</source>
        <translation>Butikknavn på kvitteringer</translation>
    </message>
    <message>
        <source>&amp;Organisation no.</source>
        <translation>&amp;Org.nr.</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisasjonsnummer</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Miljø</translation>
    </message>
    <message>
        <source>PRODUCTION — real money</source>
        <translation>PRODUKSJON – ekte penger</translation>
    </message>
    <message>
        <source>Test — no real money</source>
        <translation>Test – ingen ekte penger</translation>
    </message>
    <message>
        <source>Starts with T (test) or P (production)</source>
        <translation>Starter med T (test) eller P (produksjon)</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>Another Paydesk window is saving the account list. Try again in a moment.</source>
        <translation>Et annet Paydesk-vindu lagrer kontolisten. Prøv igjen om et øyeblikk.</translation>
    </message>
    <message>
        <source>Cannot use the account list at {path}: {value}.</source>
        <translation>Kan ikke bruke kontolisten i {path}: {value}.</translation>
    </message>
    <message>
        <source>Cannot read the account list at {path}: {value}.</source>
        <translation>Kan ikke lese kontolisten i {path}: {value}.</translation>
    </message>
    <message>
        <source>The account list at {path} was written by a newer Paydesk (format {version}). Update Paydesk to use it.</source>
        <translation>Kontolisten i {path} er skrevet av en nyere Paydesk (format {version}). Oppdater Paydesk for å bruke den.</translation>
    </message>
    <message>
        <source>The account list ({name}) cannot be read: {reason}. Paydesk could not move it aside ({value}): fix or remove {path}, then start Paydesk again.</source>
        <translation>Kontolisten ({name}) kan ikke leses: {reason}. Paydesk kunne ikke flytte den til side ({value}): rett eller fjern {path}, og start Paydesk på nytt.</translation>
    </message>
    <message>
        <source>The account list ({name}) was damaged: {reason}. Paydesk moved it aside as {name2} and starts with an empty account list. Add the accounts again, or have support repair the moved file and put it back.</source>
        <translation>Kontolisten ({name}) var skadet: {reason}. Paydesk flyttet den til side som {name2} og starter med en tom kontoliste. Legg til kontoene på nytt, eller få brukerstøtte til å reparere den flyttede filen og legge den tilbake.</translation>
    </message>
    <message>
        <source>Cannot save the account list at {path}: {value}. The previous list is unchanged.</source>
        <translation>Kan ikke lagre kontolisten i {path}: {value}. Den forrige listen er uendret.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Kontoer</translation>
    </message>
    <message>
        <source>Each account is one Dintero API client. Secrets are kept in the system keychain and are never shown again after saving.</source>
        <translation>Hver konto er én API-klient hos Dintero. Hemmelighetene ligger i systemets nøkkelring og vises aldri igjen etter at de er lagret.</translation>
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
        <translation>&amp;Test tilkoblingen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Could not read the accounts</source>
        <translation>Kunne ikke lese kontoene</translation>
    </message>
    <message>
        <source>Fill in the account and its API client, then Save.</source>
        <translation>Fyll inn kontoen og API-klienten, og trykk Lagre.</translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation>«{name}» er lagret.</translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation>Ikke lagret: {message}</translation>
    </message>
    <message>
        <source>Could not save the account</source>
        <translation>Kunne ikke lagre kontoen</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Fjern konto</translation>
    </message>
    <message>
        <source>Remove “{name}” ({account_id})?</source>
        <translation>Fjerne «{name}» ({account_id})?</translation>
    </message>
    <message>
        <source>Its client secret is deleted from the keychain. Payment links and transactions at Dintero are not affected.</source>
        <translation>Klienthemmeligheten slettes fra nøkkelringen. Betalingslenker og transaksjoner hos Dintero berøres ikke.</translation>
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
        <translation>«{name}» er fjernet.</translation>
    </message>
    <message>
        <source>Could not remove “{name}”</source>
        <translation>Kunne ikke fjerne «{name}»</translation>
    </message>
    <message>
        <source>Enter the client secret to test the connection</source>
        <translation>Skriv inn klienthemmeligheten for å teste tilkoblingen</translation>
    </message>
    <message>
        <source>Connection failed: {message}</source>
        <translation>Tilkoblingen mislyktes: {message}</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Tester …</translation>
    </message>
    <message>
        <source>Could not test the connection</source>
        <translation>Kunne ikke teste tilkoblingen</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUKSJON</translation>
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
        <translation>Paydesk kjører allerede</translation>
    </message>
    <message>
        <source>Paydesk is already running for this user.</source>
        <translation>Paydesk kjører allerede for denne brukeren.</translation>
    </message>
    <message>
        <source>Find its window on the task bar. If it does not appear within a minute, restart the computer.</source>
        <translation>Finn vinduet på oppgavelinjen. Hvis det ikke dukker opp i løpet av et minutt, start datamaskinen på nytt.</translation>
    </message>
</context>
<context>
    <name>Authorization</name>
    <message>
        <source>Swish captures at payment</source>
        <translation>Swish trekker ved betaling</translation>
    </message>
    <message>
        <source>Klarna authorizations last 28 days and can be extended</source>
        <translation>Klarna-reservasjoner varer i 28 dager og kan forlenges</translation>
    </message>
    <message>
        <source>Walley (Collector) authorizations last 90 days</source>
        <translation>Walley-reservasjoner (Collector) varer i 90 dager</translation>
    </message>
    <message>
        <source>Instabank orders are assumed to be held 30 days</source>
        <translation>Instabank-ordrer antas å holdes i 30 dager</translation>
    </message>
    <message>
        <source>Santander orders are assumed to be held 30 days</source>
        <translation>Santander-ordrer antas å holdes i 30 dager</translation>
    </message>
    <message>
        <source>Two invoices are assumed to be held 30 days</source>
        <translation>Two-fakturaer antas å holdes i 30 dager</translation>
    </message>
    <message>
        <source>Kravia invoices are assumed to be held 30 days</source>
        <translation>Kravia-fakturaer antas å holdes i 30 dager</translation>
    </message>
    <message>
        <source>Vipps reservations last about 7 days</source>
        <translation>Vipps-reservasjoner varer i omtrent 7 dager</translation>
    </message>
    <message>
        <source>Mobile wallet reservations follow the card rule, about 7 days</source>
        <translation>Reservasjoner med mobillommebok følger kortregelen, omtrent 7 dager</translation>
    </message>
    <message>
        <source>Card authorizations last about 7 days</source>
        <translation>Kortreservasjoner varer i omtrent 7 dager</translation>
    </message>
    <message>
        <source>Unknown payment method: assuming about 7 days</source>
        <translation>Ukjent betalingsmåte: regner med omtrent 7 dager</translation>
    </message>
</context>
<context>
    <name>BulkCapture</name>
    <message>
        <source>unexpected error ({error}); check the transaction before trying again</source>
        <translation>uventet feil ({error}); sjekk transaksjonen før du prøver igjen</translation>
    </message>
    <message>
        <source>cancelled before it started</source>
        <translation>avbrutt før det startet</translation>
    </message>
    <message>
        <source>another operation on it is running</source>
        <translation>en annen handling på den pågår</translation>
    </message>
    <message>
        <source>not sent: {reason}</source>
        <translation>ikke sendt: {reason}</translation>
    </message>
    <message>
        <source>refused: {reason}</source>
        <translation>avvist: {reason}</translation>
    </message>
    <message>
        <source>interrupted after it was sent: check the transaction</source>
        <translation>avbrutt etter at det ble sendt: sjekk transaksjonen</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>avbrutt</translation>
    </message>
</context>
<context>
    <name>BulkCaptureDialog</name>
    <message>
        <source>Capture selected transactions</source>
        <translation>Trekk valgte transaksjoner</translation>
    </message>
    <message>
        <source>Transactions to capture</source>
        <translation>Transaksjoner som skal trekkes</translation>
    </message>
    <message>
        <source>%v of %m done</source>
        <translation>%v av %m ferdig</translation>
    </message>
    <message>
        <source>Captures at the same time</source>
        <translation>Trekk samtidig</translation>
    </message>
    <message>
        <source>How many captures are sent to Dintero at once</source>
        <translation>Hvor mange trekk som sendes til Dintero samtidig</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Stops starting new captures; those already sent finish</source>
        <translation>Starter ingen nye trekk; de som alt er sendt, fullføres</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>At the same time:</source>
        <translation>Samtidig:</translation>
    </message>
    <message>
        <source>The selection mixes currencies ({currencies}). Select transactions in one currency to capture them together.</source>
        <translation>Utvalget har flere valutaer ({currencies}). Velg transaksjoner i én valuta for å trekke dem samlet.</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Trekk</translation>
    </message>
    <message>
        <source>Capture {count} authorized transactions in full: {total} in total. Each row shows its result.</source>
        <translation>Trekk hele beløpet på {count} reserverte transaksjoner: {total} totalt. Hver rad viser resultatet.</translation>
    </message>
    <message numerus="yes">
        <source>Capture %n transaction(s)…</source>
        <translation>
            <numerusform>Trekk %n transaksjon …</numerusform>
            <numerusform>Trekk %n transaksjoner …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s), each in full</source>
        <translation>
            <numerusform>%n transaksjon, hele beløpet</numerusform>
            <numerusform>%n transaksjoner, hele beløpet på hver</numerusform>
        </translation>
    </message>
    <message>
        <source>Capturing…</source>
        <translation>Trekker …</translation>
    </message>
    <message>
        <source>Bulk capture stopped</source>
        <translation>Samlet trekk stoppet</translation>
    </message>
    <message>
        <source>Cancelling: no new captures are started; sent ones finish…</source>
        <translation>Avbryter: ingen nye trekk startes; de som er sendt, fullføres …</translation>
    </message>
    <message>
        <source>Captured {done} of {count} ({amount}).</source>
        <translation>Trukket {done} av {count} ({amount}).</translation>
    </message>
    <message>
        <source>{count} failed.</source>
        <translation>{count} mislyktes.</translation>
    </message>
    <message>
        <source>{count} unconfirmed — check before retrying.</source>
        <translation>{count} ubekreftet – sjekk før du prøver igjen.</translation>
    </message>
    <message>
        <source>{count} still pending at Dintero.</source>
        <translation>{count} venter fortsatt hos Dintero.</translation>
    </message>
    <message>
        <source>{count} skipped.</source>
        <translation>{count} hoppet over.</translation>
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
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Trukket</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislyktes</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Behandles</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ukjent</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Hoppet over</translation>
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
        <translation>Stoppe betalingslenken {shorten}?</translation>
    </message>
    <message>
        <source>This link cannot be cancelled</source>
        <translation>Denne lenken kan ikke stoppes</translation>
    </message>
    <message>
        <source>It is already cancelled: nobody can pay with it.</source>
        <translation>Den er allerede stoppet: ingen kan betale med den.</translation>
    </message>
    <message>
        <source>It has expired unpaid: nobody can pay with it any more, so there is nothing to cancel.</source>
        <translation>Den har utløpt ubetalt: ingen kan betale med den lenger, så det er ingenting å stoppe.</translation>
    </message>
    <message>
        <source>The customer declined the payment</source>
        <translation>Kunden avviste betalingen</translation>
    </message>
    <message>
        <source>The payment failed</source>
        <translation>Betalingen mislyktes</translation>
    </message>
    <message>
        <source>{what}. A link has only one payment, so this link can&apos;t be paid again, and Dintero does not cancel it. Use “New link from this one” to send the customer a new link.</source>
        <translation>{what}. En lenke har bare én betaling, så denne lenken kan ikke betales igjen, og Dintero stopper den ikke. Bruk «Ny lenke fra denne» for å sende kunden en ny lenke.</translation>
    </message>
    <message>
        <source>The customer has not paid. After cancelling, the customer can no longer pay with this link. This cannot be undone; send a new link if the customer still wants to buy.</source>
        <translation>Kunden har ikke betalt. Når lenken er stoppet, kan kunden ikke lenger betale med den. Dette kan ikke angres; send en ny lenke hvis kunden fortsatt vil kjøpe.</translation>
    </message>
    <message>
        <source>Paid — {status}</source>
        <translation>Betalt – {status}</translation>
    </message>
    <message>
        <source>payment status not known yet</source>
        <translation>betalingsstatus ikke kjent ennå</translation>
    </message>
    <message>
        <source>The customer has paid. The authorized payment of {amount} will be voided (released to the customer) and can no longer be captured. This cannot be undone.</source>
        <translation>Kunden har betalt. Den reserverte betalingen på {amount} blir kansellert (frigitt til kunden) og kan ikke lenger trekkes. Dette kan ikke angres.</translation>
    </message>
    <message>
        <source>Paid — authorized, not captured</source>
        <translation>Betalt – reservert, ikke trukket</translation>
    </message>
    <message>
        <source>The customer has started paying. The payment of {amount} will be voided (released to the customer) and the customer can no longer pay with this link. This cannot be undone.</source>
        <translation>Kunden har begynt å betale. Betalingen på {amount} blir kansellert (frigitt til kunden), og kunden kan ikke lenger betale med denne lenken. Dette kan ikke angres.</translation>
    </message>
    <message>
        <source>Payment started, not completed</source>
        <translation>Betaling startet, ikke fullført</translation>
    </message>
    <message>
        <source>The payment of {amount} is already captured — refund it on the Transactions page instead. Dintero does not cancel a link whose payment is captured.</source>
        <translation>Betalingen på {amount} er allerede trukket – refunder den heller på siden Transaksjoner. Dintero stopper ikke en lenke der betalingen er trukket.</translation>
    </message>
    <message>
        <source>The payment is on hold for the payment provider&apos;s review, and Dintero does not cancel the link meanwhile. Don&apos;t ship yet: when the review ends, the payment is either authorized (then cancelling the link voids it) or failed.</source>
        <translation>Betalingen er satt på vent mens betalingsleverandøren vurderer den, og Dintero stopper ikke lenken i mellomtiden. Ikke send varene ennå: når vurderingen er ferdig, blir betalingen enten reservert (da kansellerer du den ved å stoppe lenken) eller avvist.</translation>
    </message>
    <message>
        <source>The payment has already been voided: the money went back to the customer.</source>
        <translation>Betalingen er allerede kansellert: pengene gikk tilbake til kunden.</translation>
    </message>
    <message>
        <source>Paydesk has not read the payment&apos;s status yet, so it cannot tell whether Dintero would void it. Look the payment up on the Transactions page.</source>
        <translation>Paydesk har ikke lest statusen til betalingen ennå, så det er uklart om Dintero ville kansellere den. Slå opp betalingen på siden Transaksjoner.</translation>
    </message>
    <message>
        <source>The payment is {known}, and Dintero does not cancel the link then. See the payment on the Transactions page.</source>
        <translation>Betalingen er {known}, og da stopper ikke Dintero lenken. Se betalingen på siden Transaksjoner.</translation>
    </message>
</context>
<context>
    <name>CancelLinkDialog</name>
    <message>
        <source>Cancel payment link</source>
        <translation>Stopp betalingslenke</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Betalingslenke</translation>
    </message>
    <message>
        <source>PRODUCTION — real money</source>
        <translation>PRODUKSJON – ekte penger</translation>
    </message>
    <message>
        <source>TEST environment — no real money</source>
        <translation>TESTMILJØ – ingen ekte penger</translation>
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
        <translation>&lt;b&gt;Produksjon&lt;/b&gt;</translation>
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
        <translation>Lenke:</translation>
    </message>
    <message>
        <source>&lt;b&gt;{amount}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{amount}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Beløp:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Keep link</source>
        <translation>Behold lenken</translation>
    </message>
    <message>
        <source>Cancel link and void payment</source>
        <translation>Stopp lenken og kanseller betalingen</translation>
    </message>
    <message>
        <source>Cancel link</source>
        <translation>Stopp lenken</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <source>Authorized {authorized}, captured {captured}. Left to capture: &lt;b&gt;{remaining}&lt;/b&gt;.</source>
        <translation>Reservert {authorized}, trukket {captured}. Igjen å trekke: &lt;b&gt;{remaining}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Final capture: release whatever is left uncaptured (no later captures)</source>
        <translation>Siste trekk: frigi det som ikke er trukket (ingen flere trekk senere)</translation>
    </message>
    <message>
        <source>Final capture is not offered for {value}.</source>
        <translation>Siste trekk tilbys ikke for {value}.</translation>
    </message>
    <message>
        <source>this payment method</source>
        <translation>denne betalingsmåten</translation>
    </message>
    <message>
        <source>Final capture</source>
        <translation>Siste trekk</translation>
    </message>
</context>
<context>
    <name>CardCharging</name>
    <message>
        <source>No card was saved with this link.</source>
        <translation>Ingen kort ble lagret med denne lenken.</translation>
    </message>
    <message>
        <source>The card issuer said not to try this card again ({reason}). Ask the customer for another card.</source>
        <translation>Kortutstederen sa at dette kortet ikke skal prøves igjen ({reason}). Be kunden om et annet kort.</translation>
    </message>
    <message>
        <source>The card issuer asked to wait until {when} before trying again.</source>
        <translation>Kortutstederen ba om å vente til {when} før du prøver igjen.</translation>
    </message>
    <message>
        <source>charging {amount} on a saved card</source>
        <translation>belaster et lagret kort med {amount}</translation>
    </message>
    <message>
        <source>The shared database cannot be reached, so the other desks could not see this charge. Nothing was sent.</source>
        <translation>Den felles databasen kan ikke nås, så de andre kassene ville ikke sett denne belastningen. Ingenting ble sendt.</translation>
    </message>
    <message>
        <source>The card was saved for {currency}.</source>
        <translation>Kortet ble lagret for {currency}.</translation>
    </message>
    <message>
        <source>An earlier charge on this card ({reference}) is not confirmed yet. Check it before charging again.</source>
        <translation>En tidligere belastning på dette kortet ({reference}) er ikke bekreftet ennå. Sjekk den før du belaster kortet igjen.</translation>
    </message>
    <message>
        <source>Not confirmed: {cause} The charge may have gone through. Paydesk looks for it at Dintero and never sends it again; check before charging the card again.</source>
        <translation>Ikke bekreftet: {cause} Belastningen kan ha gått gjennom. Paydesk ser etter den hos Dintero og sender den aldri på nytt; sjekk før du belaster kortet igjen.</translation>
    </message>
    <message>
        <source>Charged {amount}. Transaction {id}.</source>
        <translation>Belastet {amount}. Transaksjon {id}.</translation>
    </message>
    <message>
        <source>Declined: {reason}</source>
        <translation>Avvist: {reason}</translation>
    </message>
    <message>
        <source>The card is marked: it must not be tried again.</source>
        <translation>Kortet er merket: det skal ikke prøves igjen.</translation>
    </message>
    <message>
        <source>Try again after {when}.</source>
        <translation>Prøv igjen etter {when}.</translation>
    </message>
    <message>
        <source>Dintero has no payment {reference}: nothing was charged.</source>
        <translation>Dintero har ingen betaling {reference}: ingenting ble belastet.</translation>
    </message>
    <message>
        <source>Dintero has no payment {reference} yet; check again soon.</source>
        <translation>Dintero har ingen betaling {reference} ennå; sjekk igjen snart.</translation>
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
        <translation>Metadata «{pair}» er ikke nøkkel=verdi</translation>
    </message>
    <message>
        <source>Metadata key &quot;{key}&quot; cannot be used</source>
        <translation>Metadatanøkkelen «{key}» kan ikke brukes</translation>
    </message>
    <message>
        <source>{problem} Retrying…</source>
        <translation>{problem} Prøver igjen …</translation>
    </message>
    <message>
        <source>Stopped following the link: {problem}</source>
        <translation>Sluttet å følge lenken: {problem}</translation>
    </message>
    <message>
        <source>No card was saved; send a new card-saving link.</source>
        <translation>Ingen kort ble lagret; send en ny lenke for kortlagring.</translation>
    </message>
    <message>
        <source>They can try again with the same link.</source>
        <translation>Kunden kan prøve igjen med den samme lenken.</translation>
    </message>
    <message>
        <source>The customer&apos;s attempt failed ({reason}). {again}</source>
        <translation>Kundens forsøk mislyktes ({reason}). {again}</translation>
    </message>
</context>
<context>
    <name>CardTokenDialog</name>
    <message>
        <source>Save a card for a returning customer</source>
        <translation>Lagre kort for en fast kunde</translation>
    </message>
    <message>
        <source>Send the customer a link where they enter their card. Nothing is charged; Dintero keeps the card as a payment token for later orders.</source>
        <translation>Send kunden en lenke der de legger inn kortet sitt. Ingenting belastes; Dintero tar vare på kortet som et betalingstoken for senere bestillinger.</translation>
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
        <translation>butikkens kundenummer (valgfritt)</translation>
    </message>
    <message>
        <source>key=value; key=value (optional)</source>
        <translation>nøkkel=verdi; nøkkel=verdi (valgfritt)</translation>
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
        <translation>Kunde-&amp;ID</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Valuta</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Referanse</translation>
    </message>
    <message>
        <source>Reference &amp;2</source>
        <translation>Referanse &amp;2</translation>
    </message>
    <message>
        <source>Link e&amp;xpires</source>
        <translation>Lenken &amp;utløper</translation>
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
        <translation>Lenke for kortlagring</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>&amp;Kopier lenken</translation>
    </message>
    <message>
        <source>Fill in the customer and create the link.</source>
        <translation>Fyll inn kunden og lag lenken.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Card-saving links sent earlier&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tidligere sendte lenker for kortlagring&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Card-saving links sent earlier</source>
        <translation>Tidligere sendte lenker for kortlagring</translation>
    </message>
    <message>
        <source>Create card-saving &amp;link</source>
        <translation>Lag &amp;lenke for kortlagring</translation>
    </message>
    <message>
        <source>Link created — waiting for the customer</source>
        <translation>Lenken er laget – venter på kunden</translation>
    </message>
    <message>
        <source>Save &amp;another card…</source>
        <translation>Lagre et &amp;annet kort …</translation>
    </message>
    <message>
        <source>Could not read the card-saving links sent earlier</source>
        <translation>Kunne ikke lese tidligere sendte lenker for kortlagring</translation>
    </message>
    <message>
        <source>Waiting for the customer to enter the card…</source>
        <translation>Venter på at kunden legger inn kortet …</translation>
    </message>
    <message>
        <source>The card-saving link is {state}. No card was saved.</source>
        <translation>Lenken for kortlagring er {state}. Ingen kort ble lagret.</translation>
    </message>
    <message>
        <source>&quot;{email}&quot; is not an e-mail address</source>
        <translation>«{email}» er ikke en e-postadresse</translation>
    </message>
    <message>
        <source>Enter a reference</source>
        <translation>Skriv inn en referanse</translation>
    </message>
    <message>
        <source>The merchant terms must be an https:// address</source>
        <translation>Vilkårene må være en https://-adresse</translation>
    </message>
    <message>
        <source>The link must expire in the future</source>
        <translation>Lenken må utløpe fram i tid</translation>
    </message>
    <message>
        <source>Could not create the card-saving link</source>
        <translation>Kunne ikke lage lenken for kortlagring</translation>
    </message>
    <message>
        <source>Stopped following the card-saving link</source>
        <translation>Sluttet å følge lenken for kortlagring</translation>
    </message>
    <message>
        <source>&lt;b&gt;Card saved&lt;/b&gt; {when} for {customer}.&lt;br&gt;Token reference: &lt;b&gt;{token}&lt;/b&gt;&lt;br&gt;Card: {card}&lt;br&gt;Transaction: {transaction}</source>
        <translation>&lt;b&gt;Kortet er lagret&lt;/b&gt; {when} for {customer}.&lt;br&gt;Tokenreferanse: &lt;b&gt;{token}&lt;/b&gt;&lt;br&gt;Kort: {card}&lt;br&gt;Transaksjon: {transaction}</translation>
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
        <translation>ingen kort lagret ennå</translation>
    </message>
    <message>
        <source>{state}, no card saved</source>
        <translation>{state}, ingen kort lagret</translation>
    </message>
</context>
<context>
    <name>ChargeCardDialog</name>
    <message>
        <source>Charge a saved card</source>
        <translation>Belast et lagret kort</translation>
    </message>
    <message>
        <source>The customer is not there: Dintero charges the card they saved. Use it only as agreed with the customer.</source>
        <translation>Kunden er ikke til stede: Dintero belaster kortet kunden har lagret. Bruk dette bare slik det er avtalt med kunden.</translation>
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
        <translation>valgfritt, f.eks. butikkens ordrenummer</translation>
    </message>
    <message>
        <source>Reference &amp;2:</source>
        <translation>Referanse &amp;2:</translation>
    </message>
    <message>
        <source>C&amp;harge card…</source>
        <translation>&amp;Belast kortet …</translation>
    </message>
    <message>
        <source>Check &amp;earlier charges</source>
        <translation>&amp;Sjekk tidligere belastninger</translation>
    </message>
    <message>
        <source>Last refusal: {reason}</source>
        <translation>Siste avvisning: {reason}</translation>
    </message>
    <message>
        <source>Charge card</source>
        <translation>Belast kortet</translation>
    </message>
    <message>
        <source>A new payment, without the customer, on the card {who} saved.</source>
        <translation>En ny betaling, uten kunden til stede, på kortet {who} lagret.</translation>
    </message>
    <message>
        <source>Not charged: the confirmation was closed.</source>
        <translation>Ikke belastet: bekreftelsen ble lukket.</translation>
    </message>
    <message>
        <source>Charging {amount}…</source>
        <translation>Belaster {amount} …</translation>
    </message>
    <message>
        <source>The card was not charged</source>
        <translation>Kortet ble ikke belastet</translation>
    </message>
    <message>
        <source>Could not check the earlier charges</source>
        <translation>Kunne ikke sjekke de tidligere belastningene</translation>
    </message>
    <message>
        <source>No charge on this card is open.</source>
        <translation>Ingen belastning på dette kortet er åpen.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Confirm: {action}</source>
        <translation>Bekreft: {action}</translation>
    </message>
    <message>
        <source>PRODUCTION — real money</source>
        <translation>PRODUKSJON – ekte penger</translation>
    </message>
    <message>
        <source>Test environment — no real money</source>
        <translation>Testmiljø – ingen ekte penger</translation>
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
        <translation>Produksjon</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Transaction:</source>
        <translation>Transaksjon:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Beløp:</translation>
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
        <translation>Ikke {lower}</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>{problem} Dintero said: “{said}”.</source>
        <extracomment>The scope Dintero&apos;s Orders API asks of an API client. An order id no shop has: asking for it tells whether the Orders API answers at all. The credentials were accepted and something after them failed: the message says so itself, so it is not headed &quot;Connection failed&quot;.</extracomment>
        <translation>{problem} Dintero sa: «{said}».</translation>
    </message>
    <message>
        <source>Connected to the PRODUCTION account {account_id}. Dintero issued a token valid for {minutes} minutes.</source>
        <translation>Koblet til PRODUKSJONS-kontoen {account_id}. Dintero utstedte et token som gjelder i {minutes} minutter.</translation>
    </message>
    <message>
        <source>Connected to the test account {account_id}. Dintero issued a token valid for {minutes} minutes.</source>
        <translation>Koblet til testkontoen {account_id}. Dintero utstedte et token som gjelder i {minutes} minutter.</translation>
    </message>
    <message>
        <source>The API client may record payments in the Orders API ({scope}).</source>
        <translation>API-klienten kan registrere betalinger i Orders API ({scope}).</translation>
    </message>
    <message>
        <source>The credentials work, but this API client may not use Dintero&apos;s Orders API: it lacks the “{scope}” scope. With the Orders API setting on, payments would be taken but not recorded on their orders. Give the API client that scope in Dintero&apos;s back office, or turn the Orders API setting off for this account.</source>
        <translation>Påloggingsopplysningene virker, men denne API-klienten får ikke bruke Dinteros Orders API: den mangler tilgangen «{scope}». Med Orders API-innstillingen på ville betalinger bli tatt imot, men ikke registrert på ordrene sine. Gi API-klienten den tilgangen i Dinteros back office, eller slå av Orders API-innstillingen for denne kontoen.</translation>
    </message>
    <message>
        <source>The credentials work, but Dintero&apos;s Orders API did not answer as expected: {reason}</source>
        <translation>Påloggingsopplysningene virker, men Dinteros Orders API svarte ikke som forventet: {reason}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something unexpected went wrong inside Paydesk. Nothing more was sent to Dintero because of it. You can keep working; if something looks wrong, close Paydesk and start it again.</source>
        <translation>Noe uventet gikk galt i Paydesk. Ingenting mer ble sendt til Dintero på grunn av det. Du kan jobbe videre; hvis noe ser feil ut, lukk Paydesk og start det på nytt.</translation>
    </message>
    <message>
        <source>Paydesk — unexpected error</source>
        <translation>Paydesk – uventet feil</translation>
    </message>
    <message>
        <source>A report was saved as &lt;b&gt;{file}&lt;/b&gt; in {folder}. Send it to support with a few words about what you were doing.</source>
        <translation>En rapport ble lagret som &lt;b&gt;{file}&lt;/b&gt; i {folder}. Send den til brukerstøtte med noen ord om hva du holdt på med.</translation>
    </message>
    <message>
        <source>The report could not be saved; use Copy details and send the text to support.</source>
        <translation>Rapporten kunne ikke lagres; bruk Kopier detaljer og send teksten til brukerstøtte.</translation>
    </message>
    <message>
        <source>Report text</source>
        <translation>Rapporttekst</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Kopier detaljer</translation>
    </message>
    <message>
        <source>Open report &amp;folder</source>
        <translation>Åpne rapport&amp;mappen</translation>
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
        <translation>Telefonnummer eller e-post, f.eks. 426 21 565</translation>
    </message>
    <message>
        <source>Customer phone or e-mail</source>
        <translation>Kundens telefon eller e-post</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Finn</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>Saved cards</source>
        <translation>Lagrede kort</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Lagret</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>Kunde-ID</translation>
    </message>
    <message>
        <source>Can be charged</source>
        <translation>Kan belastes</translation>
    </message>
    <message>
        <source>C&amp;harge selected card…</source>
        <translation>&amp;Belast valgt kort …</translation>
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
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referanse</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaksjon</translation>
    </message>
    <message>
        <source>Double-click a payment to open it</source>
        <translation>Dobbeltklikk på en betaling for å åpne den</translation>
    </message>
    <message>
        <source>Press Enter on a payment to open it</source>
        <translation>Trykk Enter på en betaling for å åpne den</translation>
    </message>
    <message>
        <source>Payment links</source>
        <translation>Betalingslenker</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Looking up {who}…</source>
        <translation>Slår opp {who} …</translation>
    </message>
    <message>
        <source>Could not look up the customer</source>
        <translation>Kunne ikke slå opp kunden</translation>
    </message>
    <message>
        <source>{who}: {links} link(s), {payments} payment(s), {cards} saved card(s)</source>
        <translation>{who}: lenker: {links}, betalinger: {payments}, lagrede kort: {cards}</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ikke ennå</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>An earlier charge ({reference}) is not confirmed: open the card and check it first.</source>
        <translation>En tidligere belastning ({reference}) er ikke bekreftet: åpne kortet og sjekk den først.</translation>
    </message>
    <message>
        <source>Not charged</source>
        <translation>Ikke belastet</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Belastet</translation>
    </message>
    <message>
        <source>Charge not confirmed</source>
        <translation>Belastningen er ikke bekreftet</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <source>Enter a phone number or an e-mail address</source>
        <translation>Skriv inn et telefonnummer eller en e-postadresse</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Select a transaction to see its details.</source>
        <extracomment>Statuses of a payment that did not (yet) go through: nothing to give a receipt for.</extracomment>
        <translation>Velg en transaksjon for å se detaljene.</translation>
    </message>
    <message>
        <source>Retry recording on the order</source>
        <translation>Prøv å registrere på ordren igjen</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Reservert</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Trukket</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refundert</translation>
    </message>
    <message>
        <source>Left to capture</source>
        <translation>Igjen å trekke</translation>
    </message>
    <message>
        <source>Left to refund</source>
        <translation>Igjen å refundere</translation>
    </message>
    <message>
        <source>Payment link session</source>
        <translation>Betalingslenkens økt</translation>
    </message>
    <message>
        <source>E&amp;xtend authorization…</source>
        <translation>Forlen&amp;g reservasjonen …</translation>
    </message>
    <message>
        <source>Ask Klarna for 28 more days to capture (up to 6 months)</source>
        <translation>Be Klarna om 28 dager til for å trekke (inntil 6 måneder)</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Payment method:</source>
        <translation>Betalingsmåte:</translation>
    </message>
    <message>
        <source>Merchant reference:</source>
        <translation>Butikkens referanse:</translation>
    </message>
    <message>
        <source>The merchant reference: the order&apos;s id in Dintero&apos;s Orders API</source>
        <translation>Butikkens referanse: ordrens ID i Dinteros Orders API</translation>
    </message>
    <message>
        <source>Order id:</source>
        <translation>Ordre-ID:</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Økt:</translation>
    </message>
    <message>
        <source>Authorization:</source>
        <translation>Reservasjon:</translation>
    </message>
    <message>
        <source>Settlement:</source>
        <translation>Utbetaling:</translation>
    </message>
    <message>
        <source>&amp;Capture…</source>
        <translation>Tr&amp;ekk …</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>&amp;Refunder …</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>Ka&amp;nseller …</translation>
    </message>
    <message>
        <source>Rece&amp;ipt…</source>
        <translation>K&amp;vittering …</translation>
    </message>
    <message>
        <source>Print the receipt, save it as PDF or e-mail it</source>
        <translation>Skriv ut kvitteringen, lagre den som PDF eller send den på e-post</translation>
    </message>
    <message>
        <source>Why some actions are not offered</source>
        <translation>Hvorfor noen handlinger ikke tilbys</translation>
    </message>
    <message>
        <source>Transaction details</source>
        <translation>Transaksjonsdetaljer</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Ordrelinjer</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Hendelser</translation>
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
        <translation>Transaksjonssammendrag</translation>
    </message>
    <message>
        <source>C&amp;ustomer…</source>
        <translation>K&amp;unde …</translation>
    </message>
    <message>
        <source>Every link, payment and saved card of this customer</source>
        <translation>Alle lenker, betalinger og lagrede kort for denne kunden</translation>
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
        <translation>Fakturaadresse:</translation>
    </message>
    <message>
        <source>{id}  ·  created {created_at}</source>
        <translation>{id}  ·  opprettet {created_at}</translation>
    </message>
    <message>
        <source>{operation} of {amount}</source>
        <translation>{operation} {amount}</translation>
    </message>
    <message>
        <source>{status} — pending: {pending}</source>
        <translation>{status} – venter: {pending}</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;{escape}&quot;&gt;{escape2}&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;{escape}&quot;&gt;{escape2}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Open the payment page of this session</source>
        <translation>Åpne betalingssiden for denne økten</translation>
    </message>
    <message>
        <source> (expires {date})</source>
        <translation> (utløper {date})</translation>
    </message>
    <message>
        <source>An operation on this transaction is still running; wait for it.</source>
        <translation>En handling på denne transaksjonen pågår fortsatt; vent til den er ferdig.</translation>
    </message>
    <message>
        <source>Select a transaction first.</source>
        <translation>Velg en transaksjon først.</translation>
    </message>
    <message>
        <source>An operation on this transaction is still running.</source>
        <translation>En handling på denne transaksjonen pågår fortsatt.</translation>
    </message>
</context>
<context>
    <name>Environment</name>
    <message>
        <source>Account id must be T or P followed by 8 digits</source>
        <translation>Konto-ID må være T eller P fulgt av 8 sifre</translation>
    </message>
</context>
<context>
    <name>EnvironmentBanner</name>
    <message>
        <source>PRODUCTION — real money moves on this account · {account}</source>
        <translation>PRODUKSJON – ekte penger flyttes på denne kontoen · {account}</translation>
    </message>
    <message>
        <source>TEST account — no real money · {account}</source>
        <translation>TESTKONTO – ingen ekte penger · {account}</translation>
    </message>
    <message>
        <source>No account selected — add one under Accounts › Manage accounts</source>
        <translation>Ingen konto valgt – legg til en under Kontoer › Administrer kontoer</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Kopier detaljer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something unexpected went wrong. Nothing more was sent to Dintero. The details have been written to the log.</source>
        <translation>Noe uventet gikk galt. Ingenting mer ble sendt til Dintero. Detaljene er skrevet til loggen.</translation>
    </message>
    <message>
        <source>Could not complete the action</source>
        <translation>Kunne ikke fullføre handlingen</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Noe gikk galt.</translation>
    </message>
    <message>
        <source>Something went wrong while talking to Dintero.</source>
        <translation>Noe gikk galt i kontakten med Dintero.</translation>
    </message>
    <message>
        <source>Could not reach Dintero. Check the internet connection and try again.</source>
        <translation>Fikk ikke kontakt med Dintero. Sjekk internettforbindelsen og prøv igjen.</translation>
    </message>
    <message>
        <source>Could not connect to Dintero. Check the internet connection and try again.</source>
        <translation>Kunne ikke koble til Dintero. Sjekk internettforbindelsen og prøv igjen.</translation>
    </message>
    <message>
        <source>Could not reach Dintero through this computer&apos;s proxy server. Check the proxy settings, or ask whoever looks after the shop&apos;s network to allow Paydesk through.</source>
        <translation>Fikk ikke kontakt med Dintero gjennom proxyserveren på denne datamaskinen. Sjekk proxyinnstillingene, eller be den som har ansvar for butikkens nettverk om å slippe Paydesk gjennom.</translation>
    </message>
    <message>
        <source>Paydesk did not connect because Dintero&apos;s security certificate could not be verified. A firewall or antivirus that inspects encrypted traffic can cause this: its certificate must be installed on this computer (ask whoever looks after the shop&apos;s network). Check also that the computer&apos;s date and time are right.</source>
        <translation>Paydesk koblet ikke til fordi Dinteros sikkerhetssertifikat ikke kunne bekreftes. En brannmur eller et antivirusprogram som undersøker kryptert trafikk, kan være årsaken: sertifikatet deres må installeres på denne datamaskinen (spør den som har ansvar for butikkens nettverk). Sjekk også at dato og klokkeslett på datamaskinen stemmer.</translation>
    </message>
    <message>
        <source>Dintero did not answer in time. Please try again in a moment.</source>
        <translation>Dintero svarte ikke i tide. Prøv igjen om et øyeblikk.</translation>
    </message>
    <message>
        <source>The connection to Dintero was interrupted. Please try again.</source>
        <translation>Forbindelsen til Dintero ble brutt. Prøv igjen.</translation>
    </message>
    <message>
        <source>Dintero refused the request.</source>
        <translation>Dintero avviste forespørselen.</translation>
    </message>
    <message>
        <source>Dintero did not accept the request. See the details for what was wrong.</source>
        <translation>Dintero godtok ikke forespørselen. Se detaljene for hva som var feil.</translation>
    </message>
    <message>
        <source>Dintero did not accept the API credentials. Check the client id and secret of this account.</source>
        <translation>Dintero godtok ikke API-legitimasjonen. Sjekk klient-ID og hemmelighet for denne kontoen.</translation>
    </message>
    <message>
        <source>This API client is not allowed to do that on this account.</source>
        <translation>Denne API-klienten har ikke lov til å gjøre det på denne kontoen.</translation>
    </message>
    <message>
        <source>Dintero could not find it on this account.</source>
        <translation>Dintero fant det ikke på denne kontoen.</translation>
    </message>
    <message>
        <source>Dintero is busy right now. Please wait a moment and try again.</source>
        <translation>Dintero er opptatt akkurat nå. Vent litt og prøv igjen.</translation>
    </message>
    <message>
        <source>Dintero had a temporary problem. Please try again in a moment.</source>
        <translation>Dintero hadde et midlertidig problem. Prøv igjen om et øyeblikk.</translation>
    </message>
    <message>
        <source>Dintero sent an answer Paydesk does not understand.</source>
        <translation>Dintero sendte et svar som Paydesk ikke forstår.</translation>
    </message>
    <message>
        <source>We could not confirm whether Dintero carried this out. Do not repeat it yet: check the transaction again in a minute.</source>
        <translation>Vi kunne ikke bekrefte om Dintero utførte dette. Ikke gjenta det ennå: sjekk transaksjonen igjen om et minutt.</translation>
    </message>
    <message>
        <source>Dintero&apos;s answer did not arrive in full. Please try again in a moment.</source>
        <translation>Svaret fra Dintero kom ikke fram i sin helhet. Prøv igjen om et øyeblikk.</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <source>Started</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Reservert</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Trukket</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refundert</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Kansellert</translation>
    </message>
    <message>
        <source>Capture requested</source>
        <translation>Trekk bestilt</translation>
    </message>
    <message>
        <source>Refund requested</source>
        <translation>Refusjon bestilt</translation>
    </message>
    <message>
        <source>Void requested</source>
        <translation>Kansellering bestilt</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Utbetalt</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>venter</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislyktes</translation>
    </message>
    <message>
        <source>{operator} (Paydesk)</source>
        <translation>{operator} (Paydesk)</translation>
    </message>
    <message>
        <source>Event id: {id}</source>
        <translation>Hendelses-ID: {id}</translation>
    </message>
    <message>
        <source>Request id: {id}</source>
        <translation>Forespørsels-ID: {id}</translation>
    </message>
    <message>
        <source>Completes request: {id}</source>
        <translation>Fullfører forespørsel: {id}</translation>
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
        <translation>Mappen {parent} finnes ikke. Velg en annen mappe, eller opprett den først.</translation>
    </message>
    <message>
        <source>Paydesk could not write {name} in {parent}: {reason}. Choose another folder or file name.</source>
        <translation>Paydesk kunne ikke skrive {name} i {parent}: {reason}. Velg en annen mappe eller et annet filnavn.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export transactions to CSV</source>
        <translation>Eksporter transaksjoner til CSV</translation>
    </message>
    <message>
        <source>Exports every transaction that matches the current search and filters (all pages), as your spreadsheet reads it: columns split by {separator}, amounts as numbers such as {example} beside their currency.</source>
        <translation>Eksporterer alle transaksjoner som passer med søket og filtrene (alle sider), slik regnearket ditt leser dem: kolonner delt med {separator}, beløp som tall som {example} ved siden av valutaen.</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Fil som skal skrives</translation>
    </message>
    <message>
        <source>The CSV file the export writes; its folder must exist</source>
        <translation>CSV-filen eksporten skriver; mappen må finnes</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bla gjennom …</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>Velg filen som skal skrives</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Klar.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Eksporter til</translation>
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
        <translation>Eksporten ble ikke fullført</translation>
    </message>
    <message>
        <source>Exported {count} transactions…</source>
        <translation>Eksportert {count} transaksjoner …</translation>
    </message>
    <message>
        <source>Exported {count} transactions to {target}.</source>
        <translation>Eksporterte {count} transaksjoner til {target}.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>{user_message} No file was written.</source>
        <translation>{user_message} Ingen fil ble skrevet.</translation>
    </message>
    <message>
        <source>The export did not finish; no file was written.</source>
        <translation>Eksporten ble ikke fullført; ingen fil ble skrevet.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Eksporten ble avbrutt; ingen fil ble skrevet.</translation>
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
        <translation>Siste 7 dager</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Siste 30 dager</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Siste 90 dager</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Egendefinert periode</translation>
    </message>
    <message>
        <source>Search: transaction id, session id, reference, phone, e-mail or name</source>
        <translation>Søk: transaksjons-ID, økt-ID, referanse, telefon, e-post eller navn</translation>
    </message>
    <message>
        <source>Search transactions</source>
        <translation>Søk i transaksjoner</translation>
    </message>
    <message>
        <source>Status: any</source>
        <translation>Status: alle</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer på status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Opprettet fra</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Opprettet til</translation>
    </message>
    <message>
        <source>Amount from</source>
        <translation>Beløp fra</translation>
    </message>
    <message>
        <source>Amount to</source>
        <translation>Beløp til</translation>
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
        <translation>Betalingsmåte</translation>
    </message>
    <message>
        <source>Any payment method</source>
        <translation>Alle betalingsmåter</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Opprettet:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Beløp:</translation>
    </message>
    <message>
        <source>{name}: {error}. The list has not changed: fix the amount or clear it.</source>
        <translation>{name}: {error}. Listen er ikke endret: rett beløpet eller tøm feltet.</translation>
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
        <translation>Ikke bekreftet</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpen</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Åpnet</translation>
    </message>
    <message>
        <source>Failed attempt</source>
        <translation>Mislykket forsøk</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>På vent</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Betalingen mislyktes</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Avvist</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Stoppet</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Utløpt</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Kansellert</translation>
    </message>
    <message>
        <source>Partly refunded</source>
        <translation>Delvis refundert</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refundert</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>All links</source>
        <extracomment>Widest the Reference column grows by itself (pixels); staff can still drag it wider. The choices of the state filter: a label and the link states it shows (None: all).</extracomment>
        <translation>Alle lenker</translation>
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
        <translation>Kansellert eller refundert</translation>
    </message>
    <message>
        <source>Declined or failed</source>
        <translation>Avvist eller mislyktes</translation>
    </message>
    <message>
        <source>Cancelled or expired</source>
        <translation>Stoppet eller utløpt</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Ikke bekreftet</translation>
    </message>
    <message>
        <source>&lt;b&gt;Link history&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lenkehistorikk&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Search reference, phone, e-mail, item…</source>
        <translation>Søk i referanse, telefon, e-post, vare …</translation>
    </message>
    <message>
        <source>Search link history</source>
        <translation>Søk i lenkehistorikken</translation>
    </message>
    <message>
        <source>Show links in state</source>
        <translation>Vis lenker med status</translation>
    </message>
    <message>
        <source>Link history</source>
        <translation>Lenkehistorikk</translation>
    </message>
    <message>
        <source>No links yet. Links you create appear here.</source>
        <translation>Ingen lenker ennå. Lenker du lager, vises her.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;How to send your first link&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;On the right, type what the customer buys: a description, the quantity and the price with VAT.&lt;/li&gt;&lt;li&gt;Add the customer&apos;s mobile number and tick &lt;i&gt;Send by SMS&lt;/i&gt;, or leave it out and copy the link for the customer.&lt;/li&gt;&lt;li&gt;Press &lt;i&gt;Create link&lt;/i&gt; (Ctrl+Enter). The link appears here and shows &lt;i&gt;Paid&lt;/i&gt; as soon as the customer has paid.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Slik sender du din første lenke&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Til høyre skriver du hva kunden kjøper: en beskrivelse, antallet og prisen med mva.&lt;/li&gt;&lt;li&gt;Legg inn kundens mobilnummer og kryss av for &lt;i&gt;Send på SMS&lt;/i&gt;, eller la det stå tomt og kopier lenken til kunden.&lt;/li&gt;&lt;li&gt;Trykk &lt;i&gt;Lag lenke&lt;/i&gt; (Ctrl+Enter). Lenken dukker opp her og viser &lt;i&gt;Betalt&lt;/i&gt; så snart kunden har betalt.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>No link in this state. Choose “All links” to see every link.</source>
        <translation>Ingen lenker med denne statusen. Velg «Alle lenker» for å se alle lenkene.</translation>
    </message>
    <message>
        <source>No link matches the search.</source>
        <translation>Ingen lenker passer med søket.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Capture</source>
        <extracomment>What the audit journal says was done, and where each stands: names of past events (&quot;Refund&quot;, a noun), not the buttons&apos; commands.</extracomment>
        <translation>Trekk</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refusjon</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Kansellering</translation>
    </message>
    <message>
        <source>Cancel link</source>
        <translation>Stopp av lenke</translation>
    </message>
    <message>
        <source>Order record</source>
        <translation>Ordreregistrering</translation>
    </message>
    <message>
        <source>Extend authorization</source>
        <translation>Forlengelse av reservasjon</translation>
    </message>
    <message>
        <source>Charge saved card</source>
        <translation>Belastning av lagret kort</translation>
    </message>
    <message>
        <source>Attempted</source>
        <translation>Forsøkt</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Vellykket</translation>
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
        <translation>Ukjent</translation>
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
        <translation>Siste 7 dager</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Siste 30 dager</translation>
    </message>
    <message>
        <source>Audit journal</source>
        <extracomment>The size the viewer would like; ``fit_to_screen`` shrinks it on a smaller screen.</extracomment>
        <translation>Revisjonslogg</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Kontoer</translation>
    </message>
    <message>
        <source>Account {account_id}</source>
        <translation>Konto {account_id}</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle kontoer</translation>
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
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Alle utfall</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Søk i loggen</translation>
    </message>
    <message>
        <source>Transaction, reference, operator, desk, request id…</source>
        <translation>Transaksjon, referanse, operatør, kasse, forespørsels-ID …</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Loggføringer</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksporter CSV …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Could not read the audit journal</source>
        <translation>Kunne ikke lese revisjonsloggen</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 føring</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} føringer</translation>
    </message>
    <message>
        <source>Export journal</source>
        <translation>Eksporter loggen</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Could not export the audit journal</source>
        <translation>Kunne ikke eksportere revisjonsloggen</translation>
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
        <translation>produksjon</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>The payment is not finished yet; wait until it is authorized.</source>
        <translation>Betalingen er ikke fullført ennå; vent til den er reservert.</translation>
    </message>
    <message>
        <source>The payment is on hold for review; wait until it is authorized.</source>
        <translation>Betalingen er satt på vent for vurdering; vent til den er reservert.</translation>
    </message>
    <message>
        <source>The payment was declined, so there is no money to move.</source>
        <translation>Betalingen ble avvist, så det er ingen penger å flytte.</translation>
    </message>
    <message>
        <source>The payment failed, so there is no money to move.</source>
        <translation>Betalingen mislyktes, så det er ingen penger å flytte.</translation>
    </message>
    <message>
        <source>Dintero does not know the outcome of this payment yet; nothing can be done now.</source>
        <translation>Dintero kjenner ikke utfallet av denne betalingen ennå; ingenting kan gjøres nå.</translation>
    </message>
    <message>
        <source>The authorization was voided; nothing is left to capture or refund.</source>
        <translation>Reservasjonen ble kansellert; det er ingenting igjen å trekke eller refundere.</translation>
    </message>
    <message>
        <source>The order lines do not cover this {operation}: {error}.</source>
        <translation>Ordrelinjene dekker ikke denne handlingen ({operation}): {error}.</translation>
    </message>
    <message>
        <source>Only Dintero&apos;s own card payments (dintero_psp) can end with a final capture.</source>
        <translation>Bare Dinteros egne kortbetalinger (dintero_psp) kan avsluttes med et siste trekk.</translation>
    </message>
    <message>
        <source>Walley (Collector) captures whole lines only, and {name} would be captured in part. Choose whole lines.</source>
        <translation>Walley (Collector) trekker bare hele linjer, og {name} ville blitt delvis trukket. Velg hele linjer.</translation>
    </message>
    <message>
        <source>Dintero is still processing an earlier {names}; wait until it finishes.</source>
        <translation>Dintero behandler fortsatt en tidligere handling ({names}); vent til den er ferdig.</translation>
    </message>
    <message>
        <source>The rest of the authorization was released; nothing is left to capture.</source>
        <translation>Resten av reservasjonen ble frigitt; det er ingenting igjen å trekke.</translation>
    </message>
    <message>
        <source>Everything authorized has been captured already.</source>
        <translation>Alt som var reservert, er allerede trukket.</translation>
    </message>
    <message>
        <source>Authorized: nothing captured yet, so there is nothing to refund; void instead.</source>
        <translation>Reservert: ingenting er trukket ennå, så det er ingenting å refundere; kanseller i stedet.</translation>
    </message>
    <message>
        <source>Everything captured has been refunded already.</source>
        <translation>Alt som ble trukket, er allerede refundert.</translation>
    </message>
    <message>
        <source>Part of this payment was captured and refunded; it cannot be voided.</source>
        <translation>En del av betalingen ble trukket og refundert; den kan ikke kanselleres.</translation>
    </message>
    <message>
        <source>Part of this payment is captured; releasing the rest is not possible for {value}. Capture the rest or refund what was captured.</source>
        <translation>En del av betalingen er trukket; å frigi resten er ikke mulig for {value}. Trekk resten eller refunder det som er trukket.</translation>
    </message>
    <message>
        <source>this payment method</source>
        <translation>denne betalingsmåten</translation>
    </message>
    <message>
        <source>Swish captures at payment: refund instead of void.</source>
        <translation>Swish trekker ved betaling: refunder i stedet for å kansellere.</translation>
    </message>
    <message>
        <source>The payment is fully refunded; there is nothing to void.</source>
        <translation>Betalingen er fullt refundert; det er ingenting å kansellere.</translation>
    </message>
    <message>
        <source>Already captured: refund instead of void.</source>
        <translation>Allerede trukket: refunder i stedet for å kansellere.</translation>
    </message>
</context>
<context>
    <name>LineEditorRow</name>
    <message>
        <source>What the customer buys</source>
        <extracomment>Fixed widths shared by the header and every row so the columns line up.</extracomment>
        <translation>Hva kunden kjøper</translation>
    </message>
    <message>
        <source>Line description</source>
        <translation>Linjebeskrivelse</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antall</translation>
    </message>
    <message>
        <source>Unit price including VAT</source>
        <translation>Enhetspris inkl. mva.</translation>
    </message>
    <message>
        <source>VAT percent</source>
        <translation>Mva-prosent</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Linjesum</translation>
    </message>
    <message>
        <source>VAT in line</source>
        <translation>Mva. i linjen</translation>
    </message>
    <message>
        <source>Remove this line</source>
        <translation>Fjern denne linjen</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Fjern linje</translation>
    </message>
    <message>
        <source>The unit price</source>
        <translation>Enhetsprisen</translation>
    </message>
    <message>
        <source>The line total</source>
        <translation>Linjesummen</translation>
    </message>
</context>
<context>
    <name>LinePicker</name>
    <message>
        <source>Order lines to include</source>
        <translation>Ordrelinjer som skal tas med</translation>
    </message>
    <message>
        <source> of {quantity}</source>
        <translation> av {quantity}</translation>
    </message>
    <message>
        <source>Units of {description}</source>
        <translation>Antall av {description}</translation>
    </message>
</context>
<context>
    <name>LineRow</name>
    <message>
        <source>Describe what the customer buys</source>
        <translation>Beskriv hva kunden kjøper</translation>
    </message>
    <message>
        <source>{what} can be at most {most} at Dintero (this is {this})</source>
        <translation>{what} kan være høyst {most} hos Dintero (her er det {this})</translation>
    </message>
</context>
<context>
    <name>LinesEditor</name>
    <message>
        <source>Add li&amp;ne</source>
        <translation>Legg til l&amp;inje</translation>
    </message>
    <message>
        <source>Add an order line (or press Enter in a line)</source>
        <translation>Legg til en ordrelinje (eller trykk Enter i en linje)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Antall</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Enhetspris</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>Mva. %</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Linjesum</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Mva.</translation>
    </message>
    <message>
        <source>&amp;Shipping</source>
        <translation>&amp;Frakt</translation>
    </message>
    <message>
        <source>Add a shipping line</source>
        <translation>Legg til en fraktlinje</translation>
    </message>
    <message>
        <source>Delivery or pick-up</source>
        <translation>Levering eller henting</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Levering</translation>
    </message>
    <message>
        <source>Pick-up</source>
        <translation>Henting</translation>
    </message>
    <message>
        <source>Pick-up: the customer collects the order (sent to Dintero as pick-up)</source>
        <translation>Henting: kunden henter ordren selv (sendes til Dintero som henting)</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Frakt</translation>
    </message>
    <message>
        <source>Shipping description</source>
        <translation>Fraktbeskrivelse</translation>
    </message>
    <message>
        <source>Shipping price including VAT</source>
        <translation>Fraktpris inkl. mva.</translation>
    </message>
    <message>
        <source>Shipping VAT percent</source>
        <translation>Mva-prosent for frakt</translation>
    </message>
    <message>
        <source>Line {number}: {problem}</source>
        <translation>Linje {number}: {problem}</translation>
    </message>
    <message>
        <source>Add at least one order line</source>
        <translation>Legg til minst én ordrelinje</translation>
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
        <translation>{error}: legg inn en pris.</translation>
    </message>
    <message>
        <source>Name the shipping, for example Posten</source>
        <translation>Gi frakten et navn, for eksempel Posten</translation>
    </message>
    <message>
        <source>Pick-up in shop</source>
        <translation>Hentes i butikk</translation>
    </message>
    <message>
        <source>Total {total}   (of which VAT {vat})</source>
        <translation>Totalt {total}   (herav mva. {vat})</translation>
    </message>
</context>
<context>
    <name>LinkCancel</name>
    <message>
        <source>Paydesk could not confirm whether Dintero cancelled the link: the answer was unclear and reading the link again failed too. The cancel was not sent again. Paydesk keeps checking the link — look at its state before trying again.</source>
        <translation>Paydesk kunne ikke bekrefte om Dintero stoppet lenken: svaret var uklart, og det gikk heller ikke å lese lenken på nytt. Stoppingen ble ikke sendt på nytt. Paydesk fortsetter å sjekke lenken — se på statusen før du prøver igjen.</translation>
    </message>
    <message>
        <source>Dintero did not confirm the cancellation; the link is not cancelled and its payment was not voided. Nothing was sent again — you can try again.</source>
        <translation>Dintero bekreftet ikke stoppingen; lenken er ikke stoppet, og betalingen er ikke kansellert. Ingenting ble sendt på nytt — du kan prøve igjen.</translation>
    </message>
    <message>
        <source>Dintero did not confirm the cancellation; the link is still open. Nothing was sent again — you can try again.</source>
        <translation>Dintero bekreftet ikke stoppingen; lenken er fortsatt åpen. Ingenting ble sendt på nytt — du kan prøve igjen.</translation>
    </message>
</context>
<context>
    <name>LinkNotConfirmed</name>
    <message>
        <source>Dintero did not confirm the link {merchant_reference}: the answer never arrived, so the link may or may not exist. It is kept in the link history as “Not confirmed” and Paydesk keeps looking for it at Dintero by this reference. Ask the customer whether they received a link before you send it again.</source>
        <extracomment>The SMS status remembered for a link whose creation is not confirmed yet.</extracomment>
        <translation>Dintero bekreftet ikke lenken {merchant_reference}: svaret kom aldri, så lenken finnes kanskje, kanskje ikke. Den ligger i lenkehistorikken som «Ikke bekreftet», og Paydesk fortsetter å lete etter den hos Dintero etter denne referansen. Spør kunden om de har fått en lenke før du sender den på nytt.</translation>
    </message>
</context>
<context>
    <name>LinkReplacement</name>
    <message>
        <source>The new link was sent, but Paydesk could not read the old link of {ref}, so it did not cancel it: the customer may have two links. Open the old link and cancel it. ({reason})</source>
        <translation>Den nye lenken ble sendt, men Paydesk kunne ikke lese den gamle lenken for {ref}, så den ble ikke stoppet: kunden kan ha to lenker. Åpne den gamle lenken og stopp den. ({reason})</translation>
    </message>
    <message>
        <source>The customer has started paying the old link of {ref} (payment {transaction}), so it was not cancelled: cancelling would void that payment. Two links for this order are open now: check the old link&apos;s payment, then cancel the new link if it is paid.</source>
        <translation>Kunden har begynt å betale den gamle lenken for {ref} (betaling {transaction}), så den ble ikke stoppet: å stoppe den ville kansellert den betalingen. To lenker for denne ordren er åpne nå: sjekk betalingen på den gamle lenken, og stopp deretter den nye lenken hvis den er betalt.</translation>
    </message>
    <message>
        <source>The new link was sent, but the old link of {ref} was NOT cancelled: {reason} The customer may have two links. Open the old link and cancel it.</source>
        <translation>Den nye lenken ble sendt, men den gamle lenken for {ref} ble IKKE stoppet: {reason} Kunden kan ha to lenker. Åpne den gamle lenken og stopp den.</translation>
    </message>
    <message>
        <source>replaced by a new link sent by SMS</source>
        <translation>erstattet av en ny lenke sendt på SMS</translation>
    </message>
</context>
<context>
    <name>LinkStatus</name>
    <message>
        <source>The link can&apos;t be paid again; send a new link.</source>
        <extracomment>The state of a link Dintero never confirmed (stored as ``creating``). The link&apos;s one payment was declined or failed: it cannot be paid again.</extracomment>
        <translation>Lenken kan ikke betales på nytt; send en ny lenke.</translation>
    </message>
    <message>
        <source>Link sent by SMS</source>
        <translation>Lenken er sendt på SMS</translation>
    </message>
    <message>
        <source>SMS skipped by Dintero (test accounts send no SMS)</source>
        <translation>SMS hoppet over av Dintero (testkontoer sender ikke SMS)</translation>
    </message>
    <message>
        <source>SMS could not be sent</source>
        <translation>SMS-en kunne ikke sendes</translation>
    </message>
    <message>
        <source>Requested — not confirmed by Dintero</source>
        <translation>Bestilt – ikke bekreftet av Dintero</translation>
    </message>
    <message>
        <source>Not confirmed — check before re-sending</source>
        <extracomment>A link state in words, with the tone of its badge.</extracomment>
        <translation>Ikke bekreftet – sjekk før du sender på nytt</translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation>Venter på kunden</translation>
    </message>
    <message>
        <source>Customer has opened the link</source>
        <translation>Kunden har åpnet lenken</translation>
    </message>
    <message>
        <source>Payment attempt failed — link still open</source>
        <translation>Betalingsforsøket mislyktes – lenken er fortsatt åpen</translation>
    </message>
    <message>
        <source>Payment in progress</source>
        <translation>Betaling pågår</translation>
    </message>
    <message>
        <source>On hold — waiting for the payment provider&apos;s review. Don&apos;t ship yet.</source>
        <translation>På vent – betalingsleverandøren vurderer betalingen. Ikke send varene ennå.</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>Payment failed — the link can&apos;t be paid again; send a new link</source>
        <translation>Betalingen mislyktes – lenken kan ikke betales igjen; send en ny lenke</translation>
    </message>
    <message>
        <source>Customer declined — the link can&apos;t be paid again; send a new link</source>
        <translation>Kunden avviste – lenken kan ikke betales igjen; send en ny lenke</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Stoppet</translation>
    </message>
    <message>
        <source>Expired unpaid</source>
        <translation>Utløpt ubetalt</translation>
    </message>
    <message>
        <source>Paid, then voided — no money was taken</source>
        <translation>Betalt, så kansellert — ingen penger ble trukket</translation>
    </message>
    <message>
        <source>Paid, partly refunded</source>
        <translation>Betalt, delvis refundert</translation>
    </message>
    <message>
        <source>Paid, then refunded in full</source>
        <translation>Betalt, så refundert i sin helhet</translation>
    </message>
    <message>
        <source>Declined by the customer</source>
        <extracomment>What a paid link becomes when its payment is voided or refunded afterwards. The states of a link that was paid (whatever happened to the payment since).</extracomment>
        <translation>Avvist av kunden</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Betalingen mislyktes</translation>
    </message>
    <message>
        <source>Payment attempt failed</source>
        <translation>Betalingsforsøket mislyktes</translation>
    </message>
    <message>
        <source>Payment started (transaction {transaction_id}) — its status is not read yet</source>
        <translation>Betaling startet (transaksjon {transaction_id}) – statusen er ikke lest ennå</translation>
    </message>
    <message>
        <source>On hold for the payment provider&apos;s review — {amount} by {product}</source>
        <translation>På vent mens betalingsleverandøren vurderer – {amount} med {product}</translation>
    </message>
    <message>
        <source>Payment in progress — {amount} by {product}</source>
        <translation>Betaling pågår – {amount} med {product}</translation>
    </message>
    <message>
        <source>Paid — {words}, {amount} by {product}</source>
        <translation>Betalt – {words}, {amount} med {product}</translation>
    </message>
    <message>
        <source>Link created</source>
        <translation>Lenken er laget</translation>
    </message>
    <message>
        <source>Opened by the customer</source>
        <translation>Åpnet av kunden</translation>
    </message>
    <message>
        <source>payment started; its status is not read yet</source>
        <translation>betalingen er startet; statusen er ikke lest ennå</translation>
    </message>
    <message>
        <source>Link cancelled</source>
        <translation>Lenken er stoppet</translation>
    </message>
    <message>
        <source>payment voided</source>
        <translation>betalingen er kansellert</translation>
    </message>
    <message>
        <source>Link expired unpaid</source>
        <translation>Lenken utløp ubetalt</translation>
    </message>
    <message>
        <source>customer has the payment page open</source>
        <translation>kunden har betalingssiden åpen</translation>
    </message>
    <message>
        <source>Customer declined</source>
        <translation>Kunden avviste</translation>
    </message>
    <message>
        <source>The payment failed</source>
        <translation>Betalingen mislyktes</translation>
    </message>
    <message>
        <source>The customer&apos;s payment attempt failed.</source>
        <translation>Kundens betalingsforsøk mislyktes.</translation>
    </message>
    <message>
        <source>Sent to Dintero — no answer received (not confirmed)</source>
        <translation>Sendt til Dintero – fikk ikke svar (ikke bekreftet)</translation>
    </message>
    <message>
        <source>Expiry time passed — no link or payment found</source>
        <translation>Utløpstiden er passert – fant ingen lenke eller betaling</translation>
    </message>
    <message>
        <source>never confirmed; no link or payment found</source>
        <translation>aldri bekreftet; ingen lenke eller betaling funnet</translation>
    </message>
    <message>
        <source>not confirmed by Dintero</source>
        <translation>ikke bekreftet av Dintero</translation>
    </message>
</context>
<context>
    <name>LinkTracker</name>
    <message>
        <source>Stopped following the open payment links</source>
        <extracomment>LinkStatus, the state known before this change, whether a new failed attempt appeared provisional id, the LinkRecord now confirmed (a payment was found for its reference)</extracomment>
        <translation>Sluttet å følge de åpne betalingslenkene</translation>
    </message>
</context>
<context>
    <name>LinkTracking</name>
    <message>
        <source>{problem} Retrying…</source>
        <extracomment>The kind of lease a desk takes on a link it reads from Dintero.</extracomment>
        <translation>{problem} Prøver igjen …</translation>
    </message>
    <message>
        <source>Stopped following this link: {problem}</source>
        <translation>Sluttet å følge denne lenken: {problem}</translation>
    </message>
    <message>
        <source>Link created</source>
        <translation>Lenken er laget</translation>
    </message>
</context>
<context>
    <name>LinkView</name>
    <message>
        <source>No Dintero session id (never confirmed)</source>
        <extracomment>Characters of a line description shown in the order summary (whole in the tooltip). Characters of a reference quoted inside a sentence. The widest the state badge gets (pixels); longer states wrap. States in which the link cannot be paid: no link to copy or open, and no QR code. States in which the customer has paid or is paying: nothing to send again. What each link state means, for its badge.</extracomment>
        <translation>Ingen økt-ID fra Dintero (aldri bekreftet)</translation>
    </message>
    <message>
        <source>Look for this link at Dintero now, by its reference</source>
        <translation>Let etter denne lenken hos Dintero nå, etter referansen</translation>
    </message>
    <message>
        <source>&amp;Send again with the same reference…</source>
        <translation>&amp;Send på nytt med samme referanse …</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Betalingslenke</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>&amp;Kopier lenken</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>&amp;Åpne i nettleseren</translation>
    </message>
    <message>
        <source>Copy a short message with the link, in the customer&apos;s language</source>
        <translation>Kopier en kort melding med lenken, på kundens språk</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Utløper</translation>
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
        <translation>Lenkens tidslinje</translation>
    </message>
    <message>
        <source>QR code of the payment link</source>
        <translation>QR-kode for betalingslenken</translation>
    </message>
    <message>
        <source>← &amp;New link</source>
        <translation>← &amp;Ny lenke</translation>
    </message>
    <message>
        <source>Chec&amp;k now</source>
        <translation>Sjekk &amp;nå</translation>
    </message>
    <message>
        <source>Send a&amp;gain by SMS…</source>
        <translation>Send på n&amp;ytt på SMS …</translation>
    </message>
    <message>
        <source>Copy mess&amp;age</source>
        <translation>Kopier &amp;melding</translation>
    </message>
    <message>
        <source>Send by &amp;e-mail…</source>
        <translation>Send på &amp;e-post …</translation>
    </message>
    <message>
        <source>Open your mail program with the link and a short message to the customer</source>
        <translation>Åpne e-postprogrammet med lenken og en kort melding til kunden</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>Ordre-ID</translation>
    </message>
    <message>
        <source>The order in Dintero&apos;s Orders API this link pays</source>
        <translation>Ordren i Dinteros Orders API som denne lenken betaler</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>Ny lenke</translation>
    </message>
    <message>
        <source>New link fro&amp;m this one</source>
        <translation>Ny lenke &amp;fra denne</translation>
    </message>
    <message>
        <source>Cancel l&amp;ink…</source>
        <translation>&amp;Stopp lenken …</translation>
    </message>
    <message>
        <source>Open t&amp;ransaction</source>
        <translation>Åpne &amp;transaksjonen</translation>
    </message>
    <message>
        <source>Show the payment in Transactions (capture, refund, receipt)</source>
        <translation>Vis betalingen i Transaksjoner (trekk, refusjon, kvittering)</translation>
    </message>
    <message>
        <source>C&amp;ustomer…</source>
        <translation>K&amp;unde …</translation>
    </message>
    <message>
        <source>Every link, payment and saved card of this customer</source>
        <translation>Alle lenker, betalinger og lagrede kort for denne kunden</translation>
    </message>
    <message>
        <source>Not requested</source>
        <translation>Ikke bestilt</translation>
    </message>
    <message>
        <source>Last known state: {text}. Checking with Dintero…</source>
        <translation>Sist kjente status: {text}. Sjekker med Dintero …</translation>
    </message>
    <message>
        <source>Dintero sends an SMS only when a link is made: this makes a new link for the same order, sends it by SMS and cancels this one</source>
        <translation>Dintero sender SMS bare når en lenke lages: dette lager en ny lenke for samme ordre, sender den på SMS og stopper denne</translation>
    </message>
    <message>
        <source>The link has no mobile number: use “New link from this one”</source>
        <translation>Lenken har ikke noe mobilnummer: bruk «Ny lenke fra denne»</translation>
    </message>
    <message>
        <source>Cancel the link after a confirmation</source>
        <translation>Stopp lenken etter en bekreftelse</translation>
    </message>
    <message>
        <source> It was to be sent by SMS, so the customer may already have it.</source>
        <translation> Den skulle sendes på SMS, så kunden kan allerede ha fått den.</translation>
    </message>
    <message>
        <source>Paydesk sent this link to Dintero at {sent} but never got the answer. Its expiry time has passed and no link or payment with this reference was found, so nobody can pay it any more. Use “New link from this one” to send a new link.</source>
        <translation>Paydesk sendte denne lenken til Dintero kl. {sent}, men fikk aldri svar. Utløpstiden er passert, og det ble ikke funnet noen lenke eller betaling med denne referansen, så ingen kan betale den lenger. Bruk «Ny lenke fra denne» for å sende en ny lenke.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not confirmed by Dintero.&lt;/b&gt; Paydesk sent this link at {sent} but the answer never arrived (the connection dropped or Paydesk was closed). The link may exist.{sms} Paydesk keeps looking for it at Dintero by its reference &lt;b&gt;{escaped}&lt;/b&gt;. Before sending it again, ask the customer whether they received a link; sending again first looks for it once more.</source>
        <translation>&lt;b&gt;Ikke bekreftet av Dintero.&lt;/b&gt; Paydesk sendte denne lenken kl. {sent}, men svaret kom aldri (forbindelsen brøt, eller Paydesk ble lukket). Lenken kan finnes.{sms} Paydesk fortsetter å lete etter den hos Dintero etter referansen &lt;b&gt;{escaped}&lt;/b&gt;. Spør kunden om de har fått en lenke før du sender den på nytt; å sende på nytt leter først etter den én gang til.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Stopper …</translation>
    </message>
    <message>
        <source>Link copied — paste it into a chat or an e-mail to the customer.</source>
        <translation>Lenken er kopiert – lim den inn i en chat eller en e-post til kunden.</translation>
    </message>
    <message>
        <source>Message copied, in the customer&apos;s language.</source>
        <translation>Meldingen er kopiert, på kundens språk.</translation>
    </message>
</context>
<context>
    <name>LinksPage</name>
    <message>
        <source>No account is selected. Add one under Accounts › Manage accounts.</source>
        <extracomment>transaction id: a link followed here was just paid (the transaction list shows it)</extracomment>
        <translation>Ingen konto er valgt. Legg til en under Kontoer › Administrer kontoer.</translation>
    </message>
    <message>
        <source>Could not read the link history</source>
        <translation>Kunne ikke lese lenkehistorikken</translation>
    </message>
    <message>
        <source>Creating the link at Dintero…</source>
        <translation>Lager lenken hos Dintero …</translation>
    </message>
    <message>
        <source>Could not create the payment link</source>
        <translation>Kunne ikke lage betalingslenken</translation>
    </message>
    <message>
        <source>Send the link again</source>
        <translation>Send lenken på nytt</translation>
    </message>
    <message>
        <source>Send the link {merchant_reference} to Dintero again?</source>
        <translation>Sende lenken {merchant_reference} til Dintero på nytt?</translation>
    </message>
    <message>
        <source> (it was to be sent by SMS)</source>
        <translation> (den skulle sendes på SMS)</translation>
    </message>
    <message>
        <source>The first attempt may have created a link that the customer already has{sms}. Paydesk first looks for it at Dintero: if it is there, that link is shown and nothing is sent. Send again only if the customer has not received a link.</source>
        <translation>Det første forsøket kan ha laget en lenke som kunden allerede har{sms}. Paydesk leter først etter den hos Dintero: finnes den, vises den lenken, og ingenting sendes. Send bare på nytt hvis kunden ikke har fått noen lenke.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Send på nytt</translation>
    </message>
    <message>
        <source>Don&apos;t send</source>
        <translation>Ikke send</translation>
    </message>
    <message>
        <source>Dintero had this link after all, so it was not sent again. If the customer does not have it, copy it or show them the QR code.</source>
        <translation>Dintero hadde denne lenken likevel, så den ble ikke sendt på nytt. Hvis kunden ikke har den, kopier den eller vis QR-koden.</translation>
    </message>
    <message>
        <source>Could not send the link again</source>
        <translation>Kunne ikke sende lenken på nytt</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>kunden</translation>
    </message>
    <message>
        <source>Link {reference} paid</source>
        <translation>Lenken {reference} er betalt</translation>
    </message>
    <message>
        <source>{amount} paid by {product} ({status}).</source>
        <translation>{amount} betalt med {product} ({status}).</translation>
    </message>
    <message>
        <source>Send the link again by SMS</source>
        <translation>Send lenken på nytt på SMS</translation>
    </message>
    <message>
        <source>Send a NEW link for order {ref} by SMS to {phone}, and then CANCEL the link sent at {sent} ({session})?</source>
        <translation>Sende en NY lenke for ordre {ref} på SMS til {phone}, og deretter STOPPE lenken sendt {sent} ({session})?</translation>
    </message>
    <message>
        <source>Dintero sends an SMS only when a link is made, so a new link is made for the same order: same reference, lines, amount {amount} and expiry. The old link is cancelled once the new one is sent, so the customer cannot pay twice. If the customer is paying the old link right now, it is not cancelled and you are told.</source>
        <translation>Dintero sender SMS bare når en lenke lages, så det lages en ny lenke for samme ordre: samme referanse, linjer, beløp {amount} og utløpstid. Den gamle lenken stoppes når den nye er sendt, så kunden ikke kan betale to ganger. Hvis kunden holder på å betale den gamle lenken akkurat nå, stoppes den ikke, og du får beskjed.</translation>
    </message>
    <message>
        <source>Send new link, cancel the old</source>
        <translation>Send ny lenke, stopp den gamle</translation>
    </message>
    <message>
        <source>The old link was not cancelled</source>
        <translation>Den gamle lenken ble ikke stoppet</translation>
    </message>
    <message>
        <source>New link sent by SMS to {phone}. The old link ({session}) is cancelled.</source>
        <translation>Ny lenke sendt på SMS til {phone}. Den gamle lenken ({session}) er stoppet.</translation>
    </message>
    <message>
        <source>Could not send a new link; the old link is unchanged</source>
        <translation>Kunne ikke sende en ny lenke; den gamle lenken er uendret</translation>
    </message>
    <message>
        <source>A new e-mail with the link is open in your mail program: check it and send it.</source>
        <translation>En ny e-post med lenken er åpen i e-postprogrammet: se over den og send den.</translation>
    </message>
    <message>
        <source>No mail program opened. Copy the link and paste it into an e-mail instead.</source>
        <translation>Ingen e-postprogram ble åpnet. Kopier lenken og lim den inn i en e-post i stedet.</translation>
    </message>
    <message>
        <source>Could not cancel the link {merchant_reference}</source>
        <translation>Kunne ikke stoppe lenken {merchant_reference}</translation>
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
        <translation>Deler</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laster …</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Laster</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Jobber …</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Jobber</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Ikke tilkoblet</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Kontoer</translation>
    </message>
    <message>
        <source>Could not read the preferences; the defaults are used</source>
        <translation>Kunne ikke lese innstillingene; standardverdiene brukes</translation>
    </message>
    <message>
        <source>Payment &amp;links</source>
        <translation>Betalings&amp;lenker</translation>
    </message>
    <message>
        <source>&amp;Transactions</source>
        <translation>&amp;Transaksjoner</translation>
    </message>
    <message>
        <source>Shared database {where}: connecting…</source>
        <translation>Felles database {where}: kobler til …</translation>
    </message>
    <message>
        <source>Stopped watching the shared database</source>
        <translation>Sluttet å følge med på den felles databasen</translation>
    </message>
    <message>
        <source>Stopped listening to the other desks</source>
        <translation>Sluttet å lytte til de andre kassene</translation>
    </message>
    <message>
        <source>● Shared database {where}</source>
        <translation>● Felles database {where}</translation>
    </message>
    <message>
        <source>Every desk&apos;s links and journal are here.</source>
        <translation>Alle kassenes lenker og logg ligger her.</translation>
    </message>
    <message>
        <source>○ Shared database unreachable — money moves and new links wait</source>
        <translation>○ Felles database utilgjengelig – pengeflytting og nye lenker venter</translation>
    </message>
    <message>
        <source>{where}: {problem}
Paydesk keeps trying.</source>
        <translation>{where}: {problem}
Paydesk fortsetter å prøve.</translation>
    </message>
    <message>
        <source>Close the account</source>
        <translation>Lukk kontoen</translation>
    </message>
    <message>
        <source>Apply the account changes</source>
        <translation>Ta i bruk kontoendringene</translation>
    </message>
    <message>
        <source>Could not read the saved accounts</source>
        <translation>Kunne ikke lese de lagrede kontoene</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Innstillinger …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;About Paydesk</source>
        <translation>&amp;Om Paydesk</translation>
    </message>
    <message>
        <source>&amp;Manage accounts…</source>
        <translation>&amp;Administrer kontoer …</translation>
    </message>
    <message>
        <source>Switch to “{name}”</source>
        <translation>Bytt til «{name}»</translation>
    </message>
    <message>
        <source>A money move is not confirmed yet</source>
        <translation>En pengeflytting er ikke bekreftet ennå</translation>
    </message>
    <message>
        <source>A capture, refund or void is still being confirmed with Dintero.</source>
        <translation>Et trekk, en refusjon eller en kansellering venter fortsatt på bekreftelse fra Dintero.</translation>
    </message>
    <message>
        <source>If you leave now, Paydesk stops waiting for the answer. Nothing is sent again: the audit journal keeps the move as not confirmed, and Paydesk checks it with Dintero the next time this account is opened.</source>
        <translation>Hvis du går nå, slutter Paydesk å vente på svaret. Ingenting sendes på nytt: revisjonsloggen beholder flyttingen som ikke bekreftet, og Paydesk sjekker den med Dintero neste gang kontoen åpnes.</translation>
    </message>
    <message>
        <source>{action} anyway</source>
        <translation>{action} likevel</translation>
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
        <translation>PRODUKSJON – </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Kobler til …</translation>
    </message>
    <message>
        <source>Could not open “{name}”</source>
        <translation>Kunne ikke åpne «{name}»</translation>
    </message>
    <message>
        <source>● Connected · token valid until {local}</source>
        <translation>● Tilkoblet · token gyldig til {local}</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>tilkoblingen mislyktes</translation>
    </message>
    <message>
        <source>○ Not connected — {message}</source>
        <translation>○ Ikke tilkoblet – {message}</translation>
    </message>
    <message>
        <source>Could not connect to Dintero</source>
        <translation>Kunne ikke koble til Dintero</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
</context>
<context>
    <name>MissingSecret</name>
    <message>
        <source>No client secret is saved for “{account_name}”. Open Accounts › Manage accounts and enter it again.</source>
        <translation>Ingen klienthemmelighet er lagret for «{account_name}». Åpne Kontoer › Administrer kontoer og skriv den inn på nytt.</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>{label} must be a web address starting with https://</source>
        <extracomment>Where the customer lands after paying when a *test* shop has not set its own page.</extracomment>
        <translation>{label} må være en nettadresse som starter med https://</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>The amount</source>
        <extracomment>Currencies Paydesk offers in its forms. Any ISO 4217 code still works in the functions. Dintero amounts are int32; callers that send money should check against this. Longest text ``parse_amount`` reads. Far above any real amount with spaces and a currency sign, far below what makes int() or babel slow or refuse. Where each crown is at home. Its home&apos;s thousands mark groups digits of an amount in that currency whatever the desk&apos;s language, unless it is that language&apos;s decimal mark: &quot;1.299&quot; typed for DKK is 1299 kroner on a Norwegian desk too. A letter of a currency code or name next to a digit: CLDR separates them with a no-break space (&quot;NOK 1,299.90&quot;), which babel leaves to the caller. How much of the typed text a message quotes back (the rest is &quot;…&quot;).</extracomment>
        <translation>Beløpet</translation>
    </message>
    <message>
        <source>{what} must be more than {zero}</source>
        <translation>{what} må være mer enn {zero}</translation>
    </message>
    <message>
        <source>{what} can be at most {maximum} at Dintero (this is {amount})</source>
        <translation>{what} kan være høyst {maximum} hos Dintero (dette er {amount})</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is too long for an amount</source>
        <translation>«{text}» er for langt til å være et beløp</translation>
    </message>
    <message>
        <source>Amount cannot be negative</source>
        <translation>Beløpet kan ikke være negativt</translation>
    </message>
    <message>
        <source>This amount is in {typed}, but the currency here is {currency}</source>
        <translation>Dette beløpet er i {typed}, men valutaen her er {currency}</translation>
    </message>
    <message>
        <source>Use only one decimal separator in &quot;{text}&quot;</source>
        <translation>Bruk bare ett desimaltegn i «{text}»</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is unclear. Type {whole} without the &quot;{separator}&quot;, or use &quot;{decimal}&quot; for decimals</source>
        <translation>«{text}» er uklart. Skriv {whole} uten «{separator}», eller bruk «{decimal}» for desimaler</translation>
    </message>
    <message>
        <source>Enter an amount</source>
        <translation>Skriv inn et beløp</translation>
    </message>
    <message>
        <source>Check the thousands separators in &quot;{text}&quot;</source>
        <translation>Sjekk tusenskilletegnene i «{text}»</translation>
    </message>
    <message>
        <source>{currency} has no decimals: enter a whole amount</source>
        <translation>{currency} har ingen desimaler: skriv inn et helt beløp</translation>
    </message>
    <message>
        <source>Use at most 1 decimal for {currency}</source>
        <translation>Bruk høyst 1 desimal for {currency}</translation>
    </message>
    <message>
        <source>Use at most {count} decimals for {currency}</source>
        <translation>Bruk høyst {count} desimaler for {currency}</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not an amount. Type digits, for example {example}</source>
        <translation>«{text}» er ikke et beløp. Skriv sifre, for eksempel {example}</translation>
    </message>
</context>
<context>
    <name>MoneyMoveDesk</name>
    <message>
        <source>Checking with Dintero whether it went through…</source>
        <extracomment>The kind of lease a money move takes on its transaction. The kind of lease taken to record a paid link&apos;s authorization: every desk following the link sees it paid, one records it.</extracomment>
        <translation>Sjekker med Dintero om det gikk gjennom …</translation>
    </message>
    <message>
        <source>Sent, but Paydesk could not confirm whether Dintero carried it out. It was not sent again. Paydesk checks the transaction before the next move on it; look at the transaction in a minute before trying again.</source>
        <translation>Sendt, men Paydesk kunne ikke bekrefte om Dintero utførte det. Det ble ikke sendt på nytt. Paydesk sjekker transaksjonen før neste pengeflytting på den; se på transaksjonen om et minutt før du prøver igjen.</translation>
    </message>
    <message>
        <source>Another desk is moving money on this payment: {held} Nothing was sent from this desk. Look at the transaction again once that is done.</source>
        <translation>En annen kasse flytter penger på denne betalingen: {held} Ingenting ble sendt fra denne kassen. Se på transaksjonen igjen når det er gjort.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Noen</translation>
    </message>
    <message>
        <source> at desk “{desk}”</source>
        <translation> ved kassen «{desk}»</translation>
    </message>
    <message>
        <source>{who}{where} {done} {amount} on this payment at {when}, after this {operation} was confirmed here. Nothing was sent; look at the transaction again before trying again.</source>
        <translation>{who}{where} har {done} {amount} på denne betalingen kl. {when}, etter at denne handlingen ({operation}) ble bekreftet her. Ingenting ble sendt; se på transaksjonen igjen før du prøver på nytt.</translation>
    </message>
    <message>
        <source>{problem} Nothing was sent: a money move the other desks cannot see must wait until the shared database is back.</source>
        <translation>{problem} Ingenting ble sendt: en pengeflytting de andre kassene ikke kan se, må vente til den felles databasen er tilbake.</translation>
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
        <translation>Ikke bekreftet: uventet feil {error!r}</translation>
    </message>
    <message>
        <source>{operation} of {amount}: sending…</source>
        <translation>{operation} {amount}: sender …</translation>
    </message>
    <message>
        <source>{operation} pending: Dintero accepted it and is still processing. Nothing will be sent again meanwhile.</source>
        <translation>{operation} venter: Dintero har tatt imot og behandler fortsatt. Ingenting sendes på nytt i mellomtiden.</translation>
    </message>
    <message>
        <source>Still pending after {seconds} s. Dintero has not finished it yet; it was not sent again. Refresh later to see the result.</source>
        <translation>Venter fortsatt etter {seconds} s. Dintero er ikke ferdig ennå; den ble ikke sendt på nytt. Oppdater senere for å se resultatet.</translation>
    </message>
    <message>
        <source> (Confirmed by re-reading the transaction; it was sent only once.)</source>
        <translation> (Bekreftet ved å lese transaksjonen på nytt; den ble bare sendt én gang.)</translation>
    </message>
    <message>
        <source>Dintero refused it.</source>
        <translation>Dintero avviste det.</translation>
    </message>
    <message>
        <source>{operation} failed: {reason}</source>
        <translation>{operation} mislyktes: {reason}</translation>
    </message>
    <message>
        <source>Waiting: {held}</source>
        <translation>Venter: {held}</translation>
    </message>
    <message>
        <source>An earlier {value} on this transaction ({when}, {row}) is not confirmed yet, and Dintero does not show it yet. Nothing was sent. Try again in a minute.</source>
        <translation>En tidligere handling ({value}) på denne transaksjonen ({when}, {row}) er ikke bekreftet ennå, og Dintero viser den ikke ennå. Ingenting ble sendt. Prøv igjen om et minutt.</translation>
    </message>
    <message>
        <source>The earlier {value} on this transaction ({when}, {row}) that looked not carried out has been applied by Dintero after all. Nothing was sent; look at the transaction before trying again.</source>
        <translation>Den tidligere handlingen ({value}) på denne transaksjonen ({when}, {row}), som så ut til ikke å være utført, er likevel utført av Dintero. Ingenting ble sendt; se på transaksjonen før du prøver igjen.</translation>
    </message>
    <message>
        <source>Confirmed later by reading the transaction.</source>
        <translation>Bekreftet senere ved å lese transaksjonen.</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>Mislyktes: {reason}</translation>
    </message>
    <message>
        <source>Extending the authorization…</source>
        <translation>Forlenger reservasjonen …</translation>
    </message>
    <message>
        <source>Not extended: {reason}</source>
        <translation>Ikke forlenget: {reason}</translation>
    </message>
    <message>
        <source>Authorization extended.</source>
        <translation>Reservasjonen er forlenget.</translation>
    </message>
    <message>
        <source>Recording on order {order}…</source>
        <translation>Registrerer på ordre {order} …</translation>
    </message>
    <message>
        <source>an unexpected error; the details are in the log</source>
        <translation>en uventet feil; detaljene står i loggen</translation>
    </message>
    <message>
        <source>The {operation} went through, but recording it on order {order} failed: {message}</source>
        <translation>Handlingen ({operation}) gikk gjennom, men registreringen på ordre {order} mislyktes: {message}</translation>
    </message>
    <message>
        <source>order record {id}</source>
        <translation>ordreregistrering {id}</translation>
    </message>
    <message>
        <source>Recorded on order {order}.</source>
        <translation>Registrert på ordre {order}.</translation>
    </message>
</context>
<context>
    <name>MoneyMoveRunner</name>
    <message>
        <source>{operation_labels} was not completed</source>
        <translation>{operation_labels} ble ikke fullført</translation>
    </message>
    <message>
        <source>The authorization was not extended</source>
        <translation>Reservasjonen ble ikke forlenget</translation>
    </message>
    <message>
        <source>Could not record the authorization on the order</source>
        <translation>Kunne ikke registrere reservasjonen på ordren</translation>
    </message>
    <message>
        <source>Could not read the journal&apos;s order records</source>
        <translation>Kunne ikke lese ordreregistreringene i loggen</translation>
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
        <translation>Betalingen er reservert, men registreringen av reservasjonen på ordre {order} mislyktes: {reason}</translation>
    </message>
    <message>
        <source>Not recorded on order {order} yet: recording the {what} failed earlier. The money moved as shown; only the record is missing.</source>
        <translation>Ikke registrert på ordre {order} ennå: registreringen av {what} mislyktes tidligere. Pengene ble flyttet som vist; bare registreringen mangler.</translation>
    </message>
    <message>
        <source>What is left changed since you confirmed: now {amount} instead of {amount2}. Nothing was sent; look at the transaction and try again.</source>
        <translation>Det som er igjen, har endret seg siden du bekreftet: nå {amount} i stedet for {amount2}. Ingenting ble sendt; se på transaksjonen og prøv igjen.</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Everything left: {remaining}</source>
        <translation>Alt som er igjen: {remaining}</translation>
    </message>
    <message>
        <source>Chosen lines</source>
        <translation>Valgte linjer</translation>
    </message>
    <message>
        <source>An amount</source>
        <translation>Et beløp</translation>
    </message>
    <message>
        <source>This transaction has no order lines.</source>
        <translation>Denne transaksjonen har ingen ordrelinjer.</translation>
    </message>
    <message>
        <source>Amount to {verb}</source>
        <translation>Beløp å {verb}</translation>
    </message>
    <message>
        <source>Continue to confirmation…</source>
        <translation>Videre til bekreftelse …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Choose at least one unit of a line.</source>
        <translation>Velg minst én enhet fra en linje.</translation>
    </message>
    <message>
        <source>Enter the amount to {verb}.</source>
        <translation>Skriv inn beløpet som skal {verb}s.</translation>
    </message>
    <message>
        <source>At most {remaining} can be {done} (asked for {amount}).</source>
        <translation>Høyst {remaining} kan bli {done} (du ba om {amount}).</translation>
    </message>
    <message>
        <source>To {verb}: {shown}</source>
        <translation>Å {verb}: {shown}</translation>
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
        <translation>1 uke</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 måned</translation>
    </message>
    <message>
        <source>Custom time…</source>
        <translation>Velg tidspunkt …</translation>
    </message>
    <message>
        <source>This is a TEST account: Dintero sends no SMS in test and reports it as skipped. Copy the link or show the QR code instead.</source>
        <translation>Dette er en TESTKONTO: Dintero sender ikke SMS i test og melder den som hoppet over. Kopier lenken eller vis QR-koden i stedet.</translation>
    </message>
    <message>
        <source>Dintero sends the link by SMS to the customer&apos;s mobile number.</source>
        <translation>Dintero sender lenken på SMS til kundens mobilnummer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;New payment link&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ny betalingslenke&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Te&amp;mplates</source>
        <translation>&amp;Maler</translation>
    </message>
    <message>
        <source>Order templates</source>
        <translation>Ordremaler</translation>
    </message>
    <message>
        <source>Save a car&amp;d…</source>
        <translation>Lagre et k&amp;ort …</translation>
    </message>
    <message>
        <source>Send a link where a returning customer saves a card</source>
        <translation>Send en lenke der en fast kunde lagrer et kort</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Merchant reference</source>
        <translation>Butikkens referanse</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>New reference</source>
        <translation>Ny referanse</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Valuta</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Referanse</translation>
    </message>
    <message>
        <source>Customer phone</source>
        <translation>Kundens telefon</translation>
    </message>
    <message>
        <source>kari@example.no</source>
        <translation>kari@example.no</translation>
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
        <translation>Språket på betalingssiden og i meldingen til kunden. Automatisk følger landet til telefonnummeret (+47, +46, +45), ellers engelsk.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisk</translation>
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
        <translation>Lenken utløper etter</translation>
    </message>
    <message>
        <source>Custom expiry time</source>
        <translation>Eget utløpstidspunkt</translation>
    </message>
    <message>
        <source>Auto-capture when pa&amp;id</source>
        <translation>Trekk &amp;automatisk ved betaling</translation>
    </message>
    <message>
        <source>Send b&amp;y SMS</source>
        <translation>Send på &amp;SMS</translation>
    </message>
    <message>
        <source>Cl&amp;ear</source>
        <translation>T&amp;øm</translation>
    </message>
    <message>
        <source>E&amp;xpires</source>
        <translation>&amp;Utløper</translation>
    </message>
    <message>
        <source>&amp;Create link</source>
        <translation>La&amp;g lenke</translation>
    </message>
    <message>
        <source>Create the payment link (Ctrl+Enter)</source>
        <translation>Lag betalingslenken (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>{number} looks like a landline: it may not receive the SMS. Check the number with the customer, or copy the link and send it another way.</source>
        <translation>{number} ser ut som et fasttelefonnummer: det kan hende det ikke tar imot SMS. Sjekk nummeret med kunden, eller kopier lenken og send den på en annen måte.</translation>
    </message>
    <message>
        <source>Enter a reference</source>
        <translation>Skriv inn en referanse</translation>
    </message>
    <message>
        <source>Enter a reference the customer can quote</source>
        <translation>Skriv inn en referanse kunden kan oppgi</translation>
    </message>
    <message>
        <source>Check the e-mail address</source>
        <translation>Sjekk e-postadressen</translation>
    </message>
    <message>
        <source>&quot;{email}&quot; is not an e-mail address, for example kari@example.no</source>
        <translation>«{email}» er ikke en e-postadresse, for eksempel kari@example.no</translation>
    </message>
    <message>
        <source>Choose an expiry time at least a few minutes from now</source>
        <translation>Velg et utløpstidspunkt minst noen minutter fram i tid</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s mobile number to send the link by SMS</source>
        <translation>Skriv inn kundens mobilnummer for å sende lenken på SMS</translation>
    </message>
    <message>
        <source>A mobile number is needed for SMS</source>
        <translation>SMS krever et mobilnummer</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Open &amp;payment</source>
        <extracomment>Notification: staff clicked the desktop&apos;s balloon of the latest one</extracomment>
        <translation>Åpne &amp;betalingen</translation>
    </message>
    <message>
        <source>Show this payment on the Transactions page</source>
        <translation>Vis denne betalingen på Transaksjoner-siden</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>Lukk meldingen</translation>
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
        <translation>En betalingslenke må ha et beløp over null.</translation>
    </message>
    <message>
        <source>Say why the authorization is extended.</source>
        <translation>Skriv hvorfor reservasjonen forlenges.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Beløpet må være mer enn null.</translation>
    </message>
    <message>
        <source>Only {left} can still be captured, but {asked} was asked for.</source>
        <translation>Bare {left} kan fortsatt trekkes, men det ble bedt om {asked}.</translation>
    </message>
    <message>
        <source>Only {left} can still be refunded, but {asked} was asked for.</source>
        <translation>Bare {left} kan fortsatt refunderes, men det ble bedt om {asked}.</translation>
    </message>
    <message>
        <source>The chosen lines add up to {total}, but the amount is {amount}.</source>
        <translation>De valgte linjene utgjør til sammen {total}, men beløpet er {amount}.</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>linje {line}</translation>
    </message>
    <message>
        <source>Only {left} is left on {name}, but {asked} was asked for.</source>
        <translation>Bare {left} er igjen på {name}, men det ble bedt om {asked}.</translation>
    </message>
</context>
<context>
    <name>OrderForLink</name>
    <message>
        <source>Order {order} is in {order_currency}, but the link is in {currency}. Choose {order_currency}, or another reference.</source>
        <translation>Ordre {order} er i {order_currency}, men lenken er i {currency}. Velg {order_currency} eller en annen referanse.</translation>
    </message>
    <message>
        <source>No link was created: this API client may not use Dintero&apos;s Orders API (it lacks the “admin:shopping” scope). Give it that scope in Dintero&apos;s back office, or turn the Orders API setting off for this account.</source>
        <translation>Ingen lenke ble laget: denne API-klienten får ikke bruke Dinteros Orders API (den mangler tilgangen «admin:shopping»). Gi den tilgangen i Dinteros back office, eller slå av Orders API-innstillingen for denne kontoen.</translation>
    </message>
    <message>
        <source>No link was created: the order could not be made in Dintero&apos;s Orders API. {reason}</source>
        <translation>Ingen lenke ble laget: ordren kunne ikke opprettes i Dinteros Orders API. {reason}</translation>
    </message>
</context>
<context>
    <name>OrderLine</name>
    <message>
        <source>Each line needs a line id</source>
        <translation>Hver linje trenger en linje-ID</translation>
    </message>
    <message>
        <source>Each line needs a description</source>
        <translation>Hver linje trenger en beskrivelse</translation>
    </message>
    <message>
        <source>Quantity must be a number such as 1 or 1.5</source>
        <translation>Antallet må være et tall, for eksempel 1 eller 1,5</translation>
    </message>
    <message>
        <source>Quantity must be more than 0</source>
        <translation>Antallet må være større enn 0</translation>
    </message>
    <message>
        <source>Unit price must be a whole number of minor units</source>
        <translation>Enhetsprisen må være et helt antall øre</translation>
    </message>
</context>
<context>
    <name>OrderRecording</name>
    <message>
        <source>Line {line} is not on transaction {transaction}.</source>
        <extracomment>The record made once a payment is authorized (the other records follow money moves). Transaction statuses with no authorization (yet) to record.</extracomment>
        <translation>Linje {line} finnes ikke på transaksjon {transaction}.</translation>
    </message>
    <message>
        <source>The transaction has no lines to record on the order.</source>
        <translation>Transaksjonen har ingen linjer å registrere på ordren.</translation>
    </message>
    <message>
        <source>The transaction has no merchant reference, so there is no order.</source>
        <translation>Transaksjonen mangler butikkens referanse, så det finnes ingen ordre.</translation>
    </message>
    <message>
        <source>Transaction {transaction} is not authorized.</source>
        <translation>Transaksjon {transaction} er ikke reservert.</translation>
    </message>
    <message>
        <source>The transaction&apos;s lines do not cover the amount to record.</source>
        <translation>Transaksjonens linjer dekker ikke beløpet som skal registreres.</translation>
    </message>
</context>
<context>
    <name>OutcomeUnknown</name>
    <message>
        <source>Outcome of {operation} on {transaction_id} unknown</source>
        <translation>Ukjent utfall av {operation} på {transaction_id}</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>Enter a phone number</source>
        <translation>Skriv inn et telefonnummer</translation>
    </message>
    <message>
        <source>&quot;{cleaned}&quot; is not a phone number. Use digits, for example 99 99 99 99</source>
        <translation>«{cleaned}» er ikke et telefonnummer. Bruk sifre, for eksempel 99 99 99 99</translation>
    </message>
    <message>
        <source>&quot;{cleaned}&quot; is not a phone number</source>
        <translation>«{cleaned}» er ikke et telefonnummer</translation>
    </message>
    <message>
        <source>&quot;{cleaned}&quot; is not a valid phone number. Check the digits, and start with + and the country code if it is foreign</source>
        <translation>«{cleaned}» er ikke et gyldig telefonnummer. Sjekk sifrene, og start med + og landskoden hvis det er utenlandsk</translation>
    </message>
    <message>
        <source>&quot;{cleaned}&quot; is not a phone number: check the digits</source>
        <translation>«{cleaned}» er ikke et telefonnummer: sjekk sifrene</translation>
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
        <translation>{country} numre slik folk sier dem; start andre numre med + og landskoden (+47 Norge, +46 Sverige, +45 Danmark)</translation>
    </message>
</context>
<context>
    <name>PluginWarning</name>
    <message>
        <source>This payment was created by {system}. Capturing, refunding or voiding it here will not update the order in {system}: update the order there as well.</source>
        <translation>Denne betalingen ble opprettet av {system}. Trekk, refusjon eller kansellering her oppdaterer ikke ordren i {system}: oppdater ordren der også.</translation>
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
        <translation>Skriv inn tilkoblingsstrengen til den felles databasen, f.eks. postgresql://kari@db.shop.lan/paydesk.</translation>
    </message>
    <message>
        <source>The confirmation threshold must be zero or a positive amount.</source>
        <translation>Bekreftelsesgrensen må være null eller et positivt beløp.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>{default_operator} (the computer&apos;s user name)</source>
        <translation>{default_operator} (brukernavnet på datamaskinen)</translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation>Operatørnavn</translation>
    </message>
    <message>
        <source>{default_desk_name} (the computer&apos;s name)</source>
        <translation>{default_desk_name} (navnet på datamaskinen)</translation>
    </message>
    <message>
        <source>Desk name</source>
        <translation>Kassenavn</translation>
    </message>
    <message>
        <source>This computer only</source>
        <translation>Bare denne datamaskinen</translation>
    </message>
    <message>
        <source>The shop&apos;s shared database (PostgreSQL)</source>
        <translation>Butikkens felles database (PostgreSQL)</translation>
    </message>
    <message>
        <source>postgresql://kari@db.shop.lan:5432/paydesk</source>
        <translation>postgresql://kari@db.shop.lan:5432/paydesk</translation>
    </message>
    <message>
        <source>Shared database connection string</source>
        <translation>Tilkoblingsstreng til felles database</translation>
    </message>
    <message>
        <source>kept in the system keychain; blank keeps it</source>
        <translation>lagres i systemets nøkkelring; tomt beholder det</translation>
    </message>
    <message>
        <source>Shared database password</source>
        <translation>Passord til felles database</translation>
    </message>
    <message>
        <source>Production confirmation threshold</source>
        <translation>Bekreftelsesgrense i produksjon</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation>Samme som datamaskinen</translation>
    </message>
    <message>
        <source>&amp;Operator name</source>
        <translation>&amp;Operatørnavn</translation>
    </message>
    <message>
        <source>Written on every audit journal row, beside the account and the amount.</source>
        <translation>Skrives på hver rad i revisjonsloggen, ved siden av kontoen og beløpet.</translation>
    </message>
    <message>
        <source>&amp;Desk name</source>
        <translation>&amp;Kassenavn</translation>
    </message>
    <message>
        <source>Shown beside the operator, and to a colleague at another desk who tries to move the same payment.</source>
        <translation>Vises ved siden av operatøren, og for en kollega ved en annen kasse som prøver å flytte den samme betalingen.</translation>
    </message>
    <message>
        <source>Typed confirmation &amp;above</source>
        <translation>Skrevet bekreftelse &amp;over</translation>
    </message>
    <message>
        <source>On PRODUCTION accounts, a capture, refund or void larger than this (in the payment&apos;s own currency) must be confirmed by typing its amount.</source>
        <translation>På PRODUKSJONSKONTOER må et trekk, en refusjon eller en kansellering over dette beløpet (i betalingens egen valuta) bekreftes ved å skrive inn beløpet.</translation>
    </message>
    <message>
        <source>Link history and journal</source>
        <translation>Lenkehistorikk og logg</translation>
    </message>
    <message>
        <source>Connection &amp;string</source>
        <translation>Tilkoblings&amp;streng</translation>
    </message>
    <message>
        <source>Database &amp;password</source>
        <translation>Database&amp;passord</translation>
    </message>
    <message>
        <source>Several desks share one link history and journal, and never move the same payment at once. Takes effect the next time Paydesk starts.</source>
        <translation>Flere kasser deler én lenkehistorikk og logg, og flytter aldri den samme betalingen samtidig. Gjelder fra neste gang Paydesk starter.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>A new language is used from the next start of Paydesk.</source>
        <translation>Nytt språk tas i bruk neste gang Paydesk starter.</translation>
    </message>
    <message>
        <source>Type the threshold amount, e.g. 1 000,00.</source>
        <translation>Skriv inn grensebeløpet, f.eks. 1 000,00.</translation>
    </message>
    <message>
        <source>the database password</source>
        <extracomment>Completes &quot;The system keychain did not save {what}.&quot;</extracomment>
        <translation>databasepassordet</translation>
    </message>
    <message>
        <source>Could not save the preferences</source>
        <translation>Kunne ikke lagre innstillingene</translation>
    </message>
</context>
<context>
    <name>PreferencesStore</name>
    <message>
        <source>Cannot read {path}: {value}</source>
        <translation>Kan ikke lese {path}: {value}</translation>
    </message>
    <message>
        <source>Cannot save the preferences at {path}: {value}.</source>
        <translation>Kan ikke lagre innstillingene i {path}: {value}.</translation>
    </message>
    <message>
        <source>Another Paydesk window is saving the preferences. Try again in a moment.</source>
        <translation>Et annet Paydesk-vindu lagrer innstillingene. Prøv igjen om et øyeblikk.</translation>
    </message>
    <message>
        <source>Cannot use the preferences at {path}: {value}.</source>
        <translation>Kan ikke bruke innstillingene i {path}: {value}.</translation>
    </message>
    <message>
        <source>The preferences file ({name}) is damaged and could not be moved aside ({value}). Fix or delete {path}; until then the defaults are used.</source>
        <translation>Innstillingsfilen ({name}) er skadet og kunne ikke flyttes til side ({value}). Rett eller slett {path}; til da brukes standardverdiene.</translation>
    </message>
    <message>
        <source>The preferences file ({name}) was damaged. Paydesk moved it aside as {name2} and uses the defaults until you save new preferences.</source>
        <translation>Innstillingsfilen ({name}) var skadet. Paydesk flyttet den til side som {name2} og bruker standardverdiene til du lagrer nye innstillinger.</translation>
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
        <translation>Mva.</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Org.nr.</translation>
    </message>
    <message>
        <source>TEST PAYMENT — no money was moved</source>
        <translation>TESTBETALING — ingen penger ble flyttet</translation>
    </message>
    <message>
        <source>Captured so far</source>
        <translation>Trukket hittil</translation>
    </message>
    <message>
        <source>Refunded so far</source>
        <translation>Refundert hittil</translation>
    </message>
    <message>
        <source>The rest of the payment was voided</source>
        <translation>Resten av betalingen ble kansellert</translation>
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
        <translation>Transaksjon</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Betalingsmåte</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Vare</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Antall</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>VAT in total</source>
        <translation>Mva. totalt</translation>
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
        <translation>Forhåndsvisning av kvitteringen</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Skriv ut …</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Lagre som PDF …</translation>
    </message>
    <message>
        <source>&amp;E-mail with receipt…</source>
        <translation>&amp;E-post med kvittering …</translation>
    </message>
    <message>
        <source>Saves the receipt as a PDF, opens its folder and a new e-mail: drag the PDF into the e-mail</source>
        <translation>Lagrer kvitteringen som PDF, åpner mappen og en ny e-post: dra PDF-en inn i e-posten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>Lagre kvitteringen som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>the file was not written</source>
        <translation>filen ble ikke skrevet</translation>
    </message>
    <message>
        <source>Could not save the receipt as {path}: {reason}</source>
        <translation>Kunne ikke lagre kvitteringen som {path}: {reason}</translation>
    </message>
    <message>
        <source>Receipt saved as {path}</source>
        <translation>Kvitteringen er lagret som {path}</translation>
    </message>
    <message>
        <source>The receipt is saved as {path}. Its folder and a new e-mail are open: drag the PDF into the e-mail (an e-mail link cannot attach files by itself).</source>
        <translation>Kvitteringen er lagret som {path}. Mappen og en ny e-post er åpne: dra PDF-en inn i e-posten (en e-postlenke kan ikke legge ved filer selv).</translation>
    </message>
    <message>
        <source>The receipt is saved as {path}, but no mail program opened. Attach the PDF to an e-mail to the customer by hand.</source>
        <translation>Kvitteringen er lagret som {path}, men ingen e-postprogram ble åpnet. Legg ved PDF-en i en e-post til kunden selv.</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Returned goods</source>
        <translation>Returnerte varer</translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation>Ordren ble kansellert</translation>
    </message>
    <message>
        <source>Damaged or faulty goods</source>
        <translation>Skadede eller defekte varer</translation>
    </message>
    <message>
        <source>Price adjustment</source>
        <translation>Prisjustering</translation>
    </message>
    <message>
        <source>Charged twice</source>
        <translation>Belastet to ganger</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <source>Captured {captured}, refunded {refunded}. Left to refund: &lt;b&gt;{remaining}&lt;/b&gt;.</source>
        <translation>Trukket {captured}, refundert {refunded}. Igjen å refundere: &lt;b&gt;{remaining}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Reason for the refund</source>
        <translation>Årsak til refusjonen</translation>
    </message>
    <message>
        <source>Reason, in your words</source>
        <translation>Årsak, med dine ord</translation>
    </message>
    <message>
        <source>Optional note (required for “Other”)</source>
        <translation>Valgfri merknad (påkrevd for «Annet»)</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Årsak:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Merknad:</translation>
    </message>
    <message>
        <source>Say why in the note when the reason is “Other”.</source>
        <translation>Skriv hvorfor i merknaden når årsaken er «Annet».</translation>
    </message>
</context>
<context>
    <name>ResendNotChecked</name>
    <message>
        <source>Paydesk could not check whether Dintero already has the link {merchant_reference}, so it did not send it again (that could leave the customer with two links). {user_message} Try again in a moment.</source>
        <extracomment>How much earlier than the record a session may say it was created and still be it.</extracomment>
        <translation>Paydesk kunne ikke sjekke om Dintero allerede har lenken {merchant_reference}, så den ble ikke sendt på nytt (kunden kunne da fått to lenker). {user_message} Prøv igjen om et øyeblikk.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Enter the client secret</source>
        <translation>Skriv inn klienthemmeligheten</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>On macOS open Keychain Access and make sure the login keychain is unlocked.</source>
        <translation>På macOS åpner du Nøkkelringtilgang og sjekker at påloggingsnøkkelringen er låst opp.</translation>
    </message>
    <message>
        <source>On Windows make sure Credential Manager is available for your user.</source>
        <translation>På Windows må du sjekke at Legitimasjonsbehandling er tilgjengelig for brukeren din.</translation>
    </message>
    <message>
        <source>On Linux install and unlock a Secret Service such as GNOME Keyring or KWallet, then start Paydesk again.</source>
        <translation>På Linux installerer og låser du opp en Secret Service som GNOME Keyring eller KWallet, og starter Paydesk på nytt.</translation>
    </message>
    <message>
        <source>No system keychain is available to keep the client secret. {platform_hint}</source>
        <translation>Ingen nøkkelring i systemet er tilgjengelig for å ta vare på klienthemmeligheten. {platform_hint}</translation>
    </message>
    <message>
        <source>The system keychain is locked. Unlock it and try again.</source>
        <translation>Systemets nøkkelring er låst. Lås den opp og prøv igjen.</translation>
    </message>
    <message>
        <source>the client secret</source>
        <extracomment>Completes &quot;The system keychain did not save {what}.&quot;</extracomment>
        <translation>klienthemmeligheten</translation>
    </message>
    <message>
        <source>the password</source>
        <extracomment>Completes &quot;The system keychain did not save {what}.&quot;</extracomment>
        <translation>passordet</translation>
    </message>
    <message>
        <source>The system keychain could not be read.</source>
        <translation>Systemets nøkkelring kunne ikke leses.</translation>
    </message>
    <message>
        <source>The system keychain did not save {what}.</source>
        <extracomment>{what}: &quot;the client secret&quot;, &quot;the database password&quot; or &quot;the password&quot;</extracomment>
        <translation>Systemets nøkkelring lagret ikke {what}.</translation>
    </message>
    <message>
        <source>The system keychain did not delete {what}.</source>
        <extracomment>{what}: &quot;the client secret&quot;, &quot;the database password&quot; or &quot;the password&quot;</extracomment>
        <translation>Systemets nøkkelring slettet ikke {what}.</translation>
    </message>
</context>
<context>
    <name>SendSlots</name>
    <message>
        <source>stopped before it was sent</source>
        <extracomment>Why a capture was not sent: the person stopped the run while it waited its turn.</extracomment>
        <translation>stoppet før det ble sendt</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>audit journal</source>
        <extracomment>Outcomes not known yet: a row in one of these may still be settled.</extracomment>
        <translation>revisjonsloggen</translation>
    </message>
    <message>
        <source>Captures, refunds and voids are blocked until this is resolved. Ask whoever looks after this computer to restore journal.sqlite3 from a backup (or have support repair the moved file and put it back). Only if every capture, refund and void has been checked in Dintero&apos;s back office may they delete journal.sqlite3.blocked to start a new, empty journal.</source>
        <translation>Trekk, refusjoner og kanselleringer er sperret til dette er løst. Be den som har ansvar for denne datamaskinen om å gjenopprette journal.sqlite3 fra en sikkerhetskopi (eller få support til å reparere den flyttede filen og legge den tilbake). Bare hvis hvert trekk, hver refusjon og hver kansellering er sjekket i Dinteros back office, kan de slette journal.sqlite3.blocked for å starte en ny, tom logg.</translation>
    </message>
    <message>
        <source>Money operations are blocked until it can be written.</source>
        <translation>Pengeoperasjoner er sperret til den kan skrives til.</translation>
    </message>
    <message>
        <source>{who} at desk “{desk}” has been working on this since {when}{doing}.</source>
        <translation>{who} ved kassen «{desk}» har jobbet med dette siden {when}{doing}.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Noen</translation>
    </message>
    <message>
        <source>desk leases</source>
        <translation>låsene mellom kassene</translation>
    </message>
    <message>
        <source>That is not a PostgreSQL connection string. Write it like {example}.</source>
        <extracomment>Changes to shared rows are announced on this channel, ``_&lt;schema&gt;`` appended.</extracomment>
        <translation>Det er ikke en PostgreSQL-tilkoblingsstreng. Skriv den slik: {example}.</translation>
    </message>
    <message>
        <source>The shared database&apos;s connection string cannot be read. Check it in File › Preferences.</source>
        <translation>Tilkoblingsstrengen til den felles databasen kan ikke leses. Sjekk den under Fil › Innstillinger.</translation>
    </message>
    <message>
        <source>The shared database ({where}) cannot be reached. Paydesk keeps trying; money moves and new links wait until it is back.</source>
        <translation>Den felles databasen ({where}) kan ikke nås. Paydesk prøver videre; pengeflyttinger og nye lenker venter til den er tilbake.</translation>
    </message>
    <message>
        <source>The shared database connection was closed.</source>
        <translation>Tilkoblingen til den felles databasen ble lukket.</translation>
    </message>
    <message>
        <source>The {store} ({file}) was closed.</source>
        <extracomment>How long a call waits for another connection (thread or process) to finish writing. What SQLite says when the file itself is damaged (as opposed to busy, full or missing). The files SQLite keeps beside a database; they move aside with it.</extracomment>
        <translation>Paydesk har lukket {store} ({file}).</translation>
    </message>
    <message>
        <source>The {store} ({file}) was written by a newer Paydesk (schema {version}). Update Paydesk on this desk to use it.</source>
        <translation>Paydesk kan ikke bruke {store} ({file}): en nyere Paydesk har skrevet dem (skjema {version}). Oppdater Paydesk på denne kassen først.</translation>
    </message>
    <message>
        <source>Give the template a name</source>
        <translation>Gi malen et navn</translation>
    </message>
    <message>
        <source>A template needs at least one order line</source>
        <translation>En mal må ha minst én ordrelinje</translation>
    </message>
    <message>
        <source>template list</source>
        <translation>ordremalene</translation>
    </message>
    <message>
        <source>A record in the {store} ({file}) is damaged and cannot be read. Keep it for support.</source>
        <translation>En post i {store} ({file}) er skadet og kan ikke leses. Ta vare på den for support.</translation>
    </message>
    <message>
        <source>payment link history</source>
        <extracomment>States after which nothing more can happen to the link; tracking stops. Provisional ids of links whose creation Dintero has not confirmed start with this. Dintero&apos;s ``delivery_method`` of a shipping option the customer collects in the shop. The schema steps, exactly as earlier Paydesk versions wrote them to SQLite (never edit a step once released: add one). PostgreSQL also announces every change.</extracomment>
        <translation>lenkehistorikken</translation>
    </message>
    <message>
        <source>The {store} ({file}) could not be read: {error}.</source>
        <extracomment>&quot;The {store} ({file}) could not be read/saved/opened&quot;, one whole sentence each.</extracomment>
        <translation>Paydesk kunne ikke lese {store} ({file}): {error}.</translation>
    </message>
    <message>
        <source>The {store} ({file}) could not be saved: {error}.</source>
        <translation>Paydesk kunne ikke lagre {store} ({file}): {error}.</translation>
    </message>
    <message>
        <source>The {store} ({file}) could not be opened: {error}.</source>
        <translation>Paydesk kunne ikke åpne {store} ({file}): {error}.</translation>
    </message>
    <message>
        <source>The {store} ({file}) was written by a newer Paydesk (schema {version}). Update Paydesk to use it.</source>
        <translation>Paydesk kan ikke bruke {store} ({file}): en nyere Paydesk har skrevet dem (skjema {version}). Oppdater Paydesk først.</translation>
    </message>
    <message>
        <source>The {store} ({file}) cannot be opened: {error}.</source>
        <translation>Paydesk kan ikke åpne {store} ({file}): {error}.</translation>
    </message>
    <message>
        <source>Another Paydesk window is busy with it; try again in a moment.</source>
        <translation>Et annet Paydesk-vindu holder på med filen; prøv igjen om et øyeblikk.</translation>
    </message>
    <message>
        <source>The {store} ({file}) is damaged, and Paydesk could not move it aside ({reason}). Close every Paydesk window and start Paydesk again.</source>
        <translation>Paydesk fant {store} ({file}) skadet, men kunne ikke flytte filen til side ({reason}). Lukk alle Paydesk-vinduer og start Paydesk på nytt.</translation>
    </message>
    <message>
        <source>The {store} ({file}) is damaged. Paydesk moved it aside as {aside}.</source>
        <translation>Paydesk fant {store} ({file}) skadet og flyttet filen til side som {aside}.</translation>
    </message>
    <message>
        <source>The {store} ({file}) was damaged. Paydesk moved it aside as {aside} and starts a new, empty {store}. Keep the moved file for support.</source>
        <translation>Paydesk fant {store} ({file}) skadet, flyttet filen til side som {aside} og starter {store} på nytt, tom. Ta vare på den flyttede filen for support.</translation>
    </message>
    <message>
        <source>The {store} ({file}) was found damaged and moved aside as {aside}.</source>
        <translation>Paydesk fant {store} ({file}) skadet, og filen ble flyttet til side som {aside}.</translation>
    </message>
    <message>
        <source>The {store} ({file}) was found damaged and moved aside.</source>
        <translation>Paydesk fant {store} ({file}) skadet, og filen ble flyttet til side.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>An account with key &quot;{key}&quot; already exists</source>
        <translation>Det finnes allerede en konto med nøkkelen «{key}»</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; already uses account {account_id} with this client id</source>
        <translation>«{name}» bruker allerede konto {account_id} med denne klient-ID-en</translation>
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
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referanse</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
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
        <translation>Transaksjon</translation>
    </message>
    <message>
        <source>Merchant reference</source>
        <translation>Butikkens referanse</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Feil</translation>
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
        <translation>Transaksjon / lenke</translation>
    </message>
    <message>
        <source>Order (merchant ref.)</source>
        <translation>Ordre (butikkens ref.)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Dintero request id</source>
        <translation>Dinteros forespørsels-ID</translation>
    </message>
    <message>
        <source>Operation reference</source>
        <translation>Handlingsreferanse</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
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
        <translation>Tilgjengelig</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Antall</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Trukket</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refundert</translation>
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
        <translation>Betalingsmåte</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Utbetalt</translation>
    </message>
</context>
<context>
    <name>TemplatesMenu</name>
    <message>
        <source>Templates</source>
        <translation>Maler</translation>
    </message>
    <message>
        <source>Could not read the saved templates</source>
        <translation>Kunne ikke lese de lagrede malene</translation>
    </message>
    <message>
        <source>No templates saved yet</source>
        <translation>Ingen maler lagret ennå</translation>
    </message>
    <message>
        <source>Insert “{name}” ({count} lines)</source>
        <translation>Sett inn «{name}» ({count} linjer)</translation>
    </message>
    <message>
        <source>&amp;Save lines as template…</source>
        <translation>&amp;Lagre linjene som mal …</translation>
    </message>
    <message>
        <source>&amp;Delete template</source>
        <translation>&amp;Slett mal</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Lagre som mal</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>Navn på malen:</translation>
    </message>
    <message>
        <source>Cannot save the template: {error}</source>
        <translation>Kan ikke lagre malen: {error}</translation>
    </message>
    <message>
        <source>Could not save the template</source>
        <translation>Kunne ikke lagre malen</translation>
    </message>
    <message>
        <source>Could not delete the template</source>
        <translation>Kunne ikke slette malen</translation>
    </message>
</context>
<context>
    <name>TransactionListModel</name>
    <message>
        <source>Could not load transactions</source>
        <translation>Kunne ikke laste transaksjonene</translation>
    </message>
</context>
<context>
    <name>TransactionNotes</name>
    <message>
        <source>Dintero will capture this automatically (it retries for up to 48 hours). Capturing or voiding it yourself stops the automatic capture.</source>
        <translation>Dintero trekker denne automatisk (og prøver igjen i opptil 48 timer). Trekker eller kansellerer du den selv, stopper det automatiske trekket.</translation>
    </message>
    <message>
        <source>Not settled yet</source>
        <translation>Ikke utbetalt ennå</translation>
    </message>
    <message>
        <source>Partly settled</source>
        <translation>Delvis utbetalt</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Utbetalt</translation>
    </message>
    <message>
        <source>Nothing reserved is left to capture.</source>
        <translation>Det er ikke noe reservert igjen å trekke.</translation>
    </message>
    <message>
        <source>Probably expired around {when}. {reason} (an estimate).</source>
        <translation>Utløp trolig rundt {when}. {reason} (et anslag).</translation>
    </message>
    <message>
        <source>Expires within a day (around {when}). {reason} (an estimate).</source>
        <translation>Utløper innen et døgn (rundt {when}). {reason} (et anslag).</translation>
    </message>
    <message>
        <source>Expires around {when} (in {days_left} days). {reason} (an estimate).</source>
        <translation>Utløper rundt {when} (om {days_left} dager). {reason} (et anslag).</translation>
    </message>
    <message>
        <source>paid out {amount}</source>
        <translation>utbetalt {amount}</translation>
    </message>
    <message>
        <source>{amount} still to be paid out</source>
        <translation>{amount} gjenstår å utbetale</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ikke ennå</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Delvis</translation>
    </message>
    <message>
        <source>line {line_id}</source>
        <translation>linje {line_id}</translation>
    </message>
    <message>
        <source>This payment method needs lines: it will be captured as {lines}.</source>
        <translation>Denne betalingsmåten krever linjer: beløpet trekkes som {lines}.</translation>
    </message>
    <message>
        <source>This payment method needs lines: it will be refunded as {lines}.</source>
        <translation>Denne betalingsmåten krever linjer: beløpet refunderes som {lines}.</translation>
    </message>
</context>
<context>
    <name>TransactionsPage</name>
    <message>
        <source>Dintero sends the newest payments first, a page at a time. Sorted by another column, only the rows loaded so far are ordered: scroll down to load more.</source>
        <translation>Dintero sender de nyeste betalingene først, én side om gangen. Sortert på en annen kolonne ordnes bare radene som er lastet så langt: rull ned for å laste flere.</translation>
    </message>
    <message>
        <source>Transactions</source>
        <extracomment>Transaction, each time the detail shows it as just read (its link may follow it)</extracomment>
        <translation>Transaksjoner</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>Ingen konto</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Oppdater</translation>
    </message>
    <message>
        <source>Copy id</source>
        <translation>Kopier ID</translation>
    </message>
    <message>
        <source>Copy reference</source>
        <translation>Kopier referanse</translation>
    </message>
    <message>
        <source>Capture selected…</source>
        <translation>Trekk valgte …</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksporter CSV …</translation>
    </message>
    <message>
        <source>Audit journal…</source>
        <translation>Revisjonslogg …</translation>
    </message>
    <message>
        <source>Customer…</source>
        <translation>Kunde …</translation>
    </message>
    <message>
        <source>Could not open the audit journal; money operations are blocked</source>
        <translation>Kunne ikke åpne revisjonsloggen; pengeflytting er sperret</translation>
    </message>
    <message>
        <source> · sorted among loaded rows</source>
        <translation> · sortert blant lastede rader</translation>
    </message>
    <message numerus="yes">
        <source>%n loaded{sort_note} · loading…</source>
        <translation>
            <numerusform>%n lastet{sort_note} · laster …</numerusform>
            <numerusform>%n lastet{sort_note} · laster …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n loaded{sort_note} · more as you scroll</source>
        <translation>
            <numerusform>%n lastet{sort_note} · flere når du ruller</numerusform>
            <numerusform>%n lastet{sort_note} · flere når du ruller</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s)</source>
        <translation>
            <numerusform>%n transaksjon</numerusform>
            <numerusform>%n transaksjoner</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the transaction</source>
        <translation>Kunne ikke laste transaksjonen</translation>
    </message>
    <message>
        <source>Could not open the transaction</source>
        <translation>Kunne ikke åpne transaksjonen</translation>
    </message>
    <message>
        <source>Extend authorization</source>
        <translation>Forleng reservasjonen</translation>
    </message>
    <message>
        <source>Ask Klarna for 28 more days to capture {id}?</source>
        <translation>Be Klarna om 28 dager til for å trekke {id}?</translation>
    </message>
    <message>
        <source>The customer&apos;s payment stays reserved longer (up to 6 months in all). Nothing is charged.</source>
        <translation>Kundens betaling forblir reservert lenger (inntil 6 måneder totalt). Ingenting belastes.</translation>
    </message>
    <message>
        <source>&amp;Extend authorization</source>
        <translation>&amp;Forleng reservasjonen</translation>
    </message>
    <message>
        <source>&amp;Keep as it is</source>
        <translation>&amp;La det være som det er</translation>
    </message>
    <message>
        <source>Order not shipped yet</source>
        <translation>Ordren er ikke sendt ennå</translation>
    </message>
    <message>
        <source>{action} not sent: the confirmation was closed.</source>
        <translation>{action} ble ikke sendt: bekreftelsen ble lukket.</translation>
    </message>
    <message>
        <source>{note} {action} anyway?</source>
        <translation>{note} {action} likevel?</translation>
    </message>
</context>
<context>
    <name>TypedAmount</name>
    <message>
        <source>This is above {threshold} on a production account. Type the amount to confirm it:</source>
        <translation>Dette er over {threshold} på en produksjonskonto. Skriv inn beløpet for å bekrefte:</translation>
    </message>
    <message>
        <source>Type the amount to confirm</source>
        <translation>Skriv inn beløpet for å bekrefte</translation>
    </message>
    <message>
        <source>Type {expected} to confirm, or choose not to go ahead.</source>
        <translation>Skriv {expected} for å bekrefte, eller velg å ikke gå videre.</translation>
    </message>
    <message>
        <source>{error}. Type {expected} to confirm.</source>
        <translation>{error}. Skriv {expected} for å bekrefte.</translation>
    </message>
    <message>
        <source>That is not the amount: type {expected} exactly to confirm.</source>
        <translation>Det er ikke beløpet: skriv nøyaktig {expected} for å bekrefte.</translation>
    </message>
</context>
<context>
    <name>Vat</name>
    <message>
        <source>Quantity can be at most {maximum}</source>
        <translation>Antallet kan være høyst {maximum}</translation>
    </message>
    <message>
        <source>VAT rate must be a number such as 25</source>
        <extracomment>Rate used when neither country nor currency is known: the Scandinavian standard rate. Standard VAT rate in percent by ISO country code and by that country&apos;s currency. ``line_id`` (and ``sku``) of the line that absorbs rounding differences. The largest quantity a line takes: far above a phone order, small enough that quantity × price stays quick to work out and readable on screen. Longest text read as a quantity or a VAT rate (spaces and a &quot;%&quot; included).</extracomment>
        <translation>Mva-satsen må være et tall, for eksempel 25</translation>
    </message>
    <message>
        <source>VAT rate must be between 0 and 100 %</source>
        <translation>Mva-satsen må være mellom 0 og 100 %</translation>
    </message>
    <message>
        <source>Use at most 2 decimals for the VAT rate</source>
        <translation>Bruk høyst 2 desimaler i mva-satsen</translation>
    </message>
    <message>
        <source>Quantity must be a number such as 1 or 1,5</source>
        <translation>Antallet må være et tall, for eksempel 1 eller 1,5</translation>
    </message>
    <message>
        <source>Quantity must be more than 0</source>
        <translation>Antallet må være større enn 0</translation>
    </message>
    <message>
        <source>Use at most {quantity_decimals} decimals for the quantity</source>
        <translation>Bruk høyst {quantity_decimals} desimaler i antallet</translation>
    </message>
    <message>
        <source>VAT must be a percentage such as 25</source>
        <translation>Mva. må være en prosentsats, for eksempel 25</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Void — {id}</source>
        <translation>Kanseller – {id}</translation>
    </message>
    <message>
        <source>Release the uncaptured rest of this payment: &lt;b&gt;{amount}&lt;/b&gt;. What was captured ({captured}) stays captured.</source>
        <translation>Frigi resten av betalingen som ikke er trukket: &lt;b&gt;{amount}&lt;/b&gt;. Det som er trukket ({captured}), forblir trukket.</translation>
    </message>
    <message>
        <source>Void the authorization of &lt;b&gt;{amount}&lt;/b&gt;: the reserved money is released to the customer and nothing can be captured afterwards.</source>
        <translation>Kanseller reservasjonen på &lt;b&gt;{amount}&lt;/b&gt;: de reserverte pengene frigis til kunden, og ingenting kan trekkes etterpå.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Dette kan ikke angres.</translation>
    </message>
    <message>
        <source>Continue to confirmation…</source>
        <translation>Videre til bekreftelse …</translation>
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
        <translation>Trekk</translation>
    </message>
    <message>
        <source>capture</source>
        <extracomment>An operation inside a sentence (&quot;an earlier capture&quot;): the same words as ``app.desk.wording.OPERATION_WORDS.verb``, which this layer cannot import.</extracomment>
        <translation>trekke</translation>
    </message>
    <message>
        <source>captured</source>
        <translation>trukket</translation>
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
        <translation>refundert</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Kanseller</translation>
    </message>
    <message>
        <source>void</source>
        <translation>kansellere</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>kansellert</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Trukket</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refundert</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Kansellert</translation>
    </message>
    <message>
        <source>Initiated</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>På vent</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Reservert</translation>
    </message>
    <message>
        <source>Partially captured</source>
        <translation>Delvis trukket</translation>
    </message>
    <message>
        <source>Part captured, part refunded</source>
        <translation>Delvis trukket, delvis refundert</translation>
    </message>
    <message>
        <source>Partially refunded</source>
        <translation>Delvis refundert</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Avvist</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislyktes</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ukjent</translation>
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
        <translation>Delbetaling (Walley)</translation>
    </message>
    <message>
        <source>Instabank</source>
        <translation>Instabank</translation>
    </message>
    <message>
        <source>unknown payment method</source>
        <translation>ukjent betalingsmåte</translation>
    </message>
    <message>
        <source>Unknown payment method</source>
        <translation>Ukjent betalingsmåte</translation>
    </message>
</context>
</TS>
