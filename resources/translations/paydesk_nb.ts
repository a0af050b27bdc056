<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Paydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2 style=&apos;margin:0&apos;&gt;Paydesk&lt;/h2&gt;&lt;p style=&apos;margin:0&apos;&gt;Version {label}&lt;/p&gt;&lt;p style=&apos;margin:0&apos;&gt;Payment links and transactions for Dintero Checkout.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Libraries included, with their licences&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy version and folders, to send to support</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Account</name>
    <message>
        <source>{capitalize} must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account id must be T or P followed by 8 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client id of the API client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id cannot contain spaces or &apos;:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a checkout profile id (usually &apos;default&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown currency {currency!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders API setting must be on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account key must be a non-empty letters-and-digits id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <source>Paste the client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the system keychain — type a new one to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My shop (test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T12345678 for test, P12345678 for production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: only for a local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record payments in Dintero&apos;s Orders API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkout profile id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call&amp;back URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRODUCTION — real money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test — no real money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts with T (test) or P (production)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>Another Paydesk window is saving the account list. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the account list at {path}: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the account list at {path}: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each account is one Dintero API client. Secrets are kept in the system keychain and are never shown again after saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the account and its API client, then Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “{name}” ({account_id})?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its client secret is deleted from the keychain. Payment links and transactions at Dintero are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection failed: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not test the connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>PRODUCTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Paydesk is already running</source>
        <extracomment>For the start-up benchmarks: ``1`` prints ``first-paint &lt;unix time&gt;`` on the window&apos;s first paint and exits; ``transactions`` opens the Transactions section and prints ``transactions-painted &lt;unix time&gt;`` once its first page of rows has been painted.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paydesk is already running for this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find its window on the task bar. If it does not appear within a minute, restart the computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkCaptureDialog</name>
    <message>
        <source>Capture selected transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions to capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captures at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the same time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selection mixes currencies ({currencies}). Select transactions in one currency to capture them together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture {count} authorized transactions in full: {total} in total. Each row shows its result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Capture %n transaction(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s), each in full</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Capturing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk capture stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: no new captures are started; sent ones finish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured {done} of {count} ({amount}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} unconfirmed — check before retrying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} still pending at Dintero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} not started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Cancel the payment link {shorten}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link cannot be cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is already cancelled: nobody can pay with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has expired unpaid: nobody can pay with it any more, so there is nothing to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer declined the payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has not paid. After cancelling, the customer can no longer pay with this link. This cannot be undone; send a new link if the customer still wants to buy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid — {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment status not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid — authorized, not captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment started, not completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment is on hold for the payment provider&apos;s review, and Dintero does not cancel the link meanwhile. Don&apos;t ship yet: when the review ends, the payment is either authorized (then cancelling the link voids it) or failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment has already been voided: the money went back to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paydesk has not read the payment&apos;s status yet, so it cannot tell whether Dintero would void it. Look the payment up on the Transactions page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelLinkDialog</name>
    <message>
        <source>Cancel payment link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRODUCTION — real money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEST environment — no real money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{escaped}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Production&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{amount}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel link and void payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <source>Authorized {authorized}, captured {captured}. Left to capture: &lt;b&gt;{remaining}&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final capture: release whatever is left uncaptured (no later captures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final capture is not offered for {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this payment method</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardTokenDialog</name>
    <message>
        <source>Save a card for a returning customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the customer a link where they enter their card. Nothing is charged; Dintero keeps the card as a payment token for later orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card-saving link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the customer and create the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Card-saving links sent earlier&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card-saving links sent earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create card-saving &amp;link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link created — waiting for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;another card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the card-saving links sent earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the customer to enter the card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card-saving link is {state}. No card was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{email}&quot; is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the card-saving link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped following the card-saving link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Card saved&lt;/b&gt; {when} for {escape}.&lt;br&gt;Token reference: &lt;b&gt;{escape2}&lt;/b&gt;&lt;br&gt;Card: {escape3}&lt;br&gt;Transaction: {escape4}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Confirm: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRODUCTION — real money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test environment — no real money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{amount}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t {lower}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something unexpected went wrong inside Paydesk. Nothing more was sent to Dintero because of it. You can keep working; if something looks wrong, close Paydesk and start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paydesk — unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report was saved as &lt;b&gt;{file}&lt;/b&gt; in {folder}. Send it to support with a few words about what you were doing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved; use Copy details and send the text to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open report &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Select a transaction to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry recording on the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left to capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left to refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtend authorization…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Klarna for 28 more days to capture (up to 6 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why some actions are not offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id}  ·  created {created_at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{operation} of {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} — pending: {pending}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&quot;{escape}&quot;&gt;{escape2}&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the payment page of this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (expires {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An operation on this transaction is still running; wait for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a transaction first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An operation on this transaction is still running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Environment</name>
    <message>
        <source>Account id must be T or P followed by 8 digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentBanner</name>
    <message>
        <source>PRODUCTION — real money moves on this account · {account}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEST account — no real money · {account}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account selected — add one under Accounts › Manage accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something unexpected went wrong. Nothing more was sent to Dintero. The details have been written to the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not complete the action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{operator} (Paydesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event id: {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id: {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completes request: {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent through API client: {client}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export transactions to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports every transaction that matches the current search and filters (all pages), as your spreadsheet reads it: columns split by {separator}, amounts as numbers such as {example} beside their currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {count} transactions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {count} transactions to {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user_message} No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export did not finish; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Card (Dintero)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walley invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: transaction id, session id, reference, phone, e-mail or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {error}. The list has not changed: fix the amount or clear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Status: %n chosen</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>&lt;b&gt;Link history&lt;/b&gt;</source>
        <extracomment>Widest the Reference column grows by itself (pixels); staff can still drag it wider.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search reference, phone, e-mail, item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search link history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No links yet. Links you create appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No link matches the search.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalDialog</name>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit journal</source>
        <extracomment>The size the viewer would like; ``fit_to_screen`` shrinks it on a smaller screen.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account {account_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction, reference, operator, desk, request id…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the audit journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the audit journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>production</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineEditorRow</name>
    <message>
        <source>What the customer buys</source>
        <extracomment>Fixed widths shared by the header and every row so the columns line up.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price including VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT in line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinePicker</name>
    <message>
        <source>Order lines to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of {quantity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units of {description}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineRow</name>
    <message>
        <source>Describe what the customer buys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} can be at most {most} at Dintero (this is {this})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinesEditor</name>
    <message>
        <source>&amp;Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an order line (or press Enter in a line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a shipping line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping price including VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping VAT percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {number}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one order line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error}: add a price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the shipping, for example Posten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total {total}   (of which VAT {vat})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkStatus</name>
    <message>
        <source>Link sent by SMS</source>
        <extracomment>The state of a link Dintero never confirmed (stored as ``creating``). The link&apos;s one payment was declined or failed: it cannot be paid again.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS skipped by Dintero (test accounts send no SMS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS could not be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested — not confirmed by Dintero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed — check before re-sending</source>
        <extracomment>A link state in words, with the tone of its badge.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer has opened the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment attempt failed — link still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold — waiting for the payment provider&apos;s review. Don&apos;t ship yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment failed — the link can&apos;t be paid again; send a new link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer declined — the link can&apos;t be paid again; send a new link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined by the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment attempt failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold for the payment provider&apos;s review — {amount} by {product}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment in progress — {amount} by {product}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid — {words}, {amount} by {product}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened by the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link expired unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to Dintero — no answer received (not confirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry time passed — no link or payment found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkTracker</name>
    <message>
        <source>Stopped following the open payment links</source>
        <extracomment>LinkStatus, the state known before this change, whether a new failed attempt appeared provisional id, the LinkRecord now confirmed (a payment was found for its reference)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkTracking</name>
    <message>
        <source>Link created</source>
        <extracomment>The kind of lease a desk takes on a link it reads from Dintero.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkView</name>
    <message>
        <source>No Dintero session id (never confirmed)</source>
        <extracomment>Characters of a line description shown in the order summary (whole in the tooltip). Characters of a reference quoted inside a sentence. The widest the state badge gets (pixels); longer states wrap. What each link state means, for its badge.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for this link at Dintero now, by its reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send again with the same reference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code of the payment link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← &amp;New link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New link &amp;from this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ancel link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the payment in Transactions (capture, refund, receipt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last known state: {text}. Checking with Dintero…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the link after a confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> It was to be sent by SMS, so the customer may already have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paydesk sent this link to Dintero at {sent} but never got the answer. Its expiry time has passed and no link or payment with this reference was found, so nobody can pay it any more. Use “New link from this one” to send a new link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not confirmed by Dintero.&lt;/b&gt; Paydesk sent this link at {sent} but the answer never arrived (the connection dropped or Paydesk was closed). The link may exist.{sms} Paydesk keeps looking for it at Dintero by its reference &lt;b&gt;{escaped}&lt;/b&gt;. Before sending it again, ask the customer whether they received a link; sending again first looks for it once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link copied — paste it into a chat or an e-mail to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinksPage</name>
    <message>
        <source>No account is selected. Add one under Accounts › Manage accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the link history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the link at Dintero…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the payment link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the link again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the link {merchant_reference} to Dintero again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (it was to be sent by SMS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first attempt may have created a link that the customer already has{sms}. Paydesk first looks for it at Dintero: if it is there, that link is shown and nothing is sent. Send again only if the customer has not received a link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dintero had this link after all, so it was not sent again. If the customer does not have it, copy it or show them the QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not send the link again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link {reference} paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} paid by {product} ({status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not cancel the link {merchant_reference}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Paydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the preferences; the defaults are used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment &amp;links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared database {where}: connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped watching the shared database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped listening to the other desks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Shared database {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every desk&apos;s links and journal are here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ Shared database unreachable — money moves and new links wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {problem}
Paydesk keeps trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the account changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the saved accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Paydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A money move is not confirmed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A capture, refund or void is still being confirmed with Dintero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you leave now, Paydesk stops waiting for the answer. Nothing is sent again: the audit journal keeps the move as not confirmed, and Paydesk checks it with Dintero the next time this account is opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRODUCTION — </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Connected · token valid until {local}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ Not connected — {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to Dintero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>{label} must be a web address starting with https://</source>
        <extracomment>Where the customer lands after paying when a *test* shop has not set its own page.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoneyMoveDesk</name>
    <message>
        <source>Not confirmed: unexpected error {error!r}</source>
        <extracomment>The kind of lease a money move takes on its transaction.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still pending after {seconds} s. Dintero has not finished it yet; it was not sent again. Refresh later to see the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed later by reading the transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order record {id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoneyMoveRunner</name>
    <message>
        <source>{operation_labels} was not completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization was not extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record on the order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Everything left: {remaining}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This transaction has no order lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount to {verb}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue to confirmation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one unit of a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount to {verb}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {remaining} can be {done} (asked for {amount}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To {verb}: {shown}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewLinkForm</name>
    <message>
        <source>1 day</source>
        <extracomment>The longest merchant reference the form takes. Staff read it out on the phone and it heads the link&apos;s history row and view; longer ones are cut off as they are typed. An international number with spaces and a &quot;+&quot; fits easily (E.164 has 15 digits). The longest e-mail address there can be (RFC 5321 path limit).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a TEST account: Dintero sends no SMS in test and reports it as skipped. Copy the link or show the QR code instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dintero sends the link by SMS to the customer&apos;s mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;New payment link&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a car&amp;d…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a link where a returning customer saves a card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kari@example.no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link expires after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom expiry time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-&amp;capture when paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send by &amp;SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the payment link (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} looks like a landline: it may not receive the SMS. Check the number with the customer, or copy the link and send it another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a reference the customer can quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{email}&quot; is not an e-mail address, for example kari@example.no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an expiry time at least a few minutes from now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the customer&apos;s mobile number to send the link by SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile number is needed for SMS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; — {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Paydesk</source>
        <extracomment>Makes the tray icon on first use; returns None when the desktop has no tray.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderLine</name>
    <message>
        <source>Each line needs a line id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each line needs a description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity must be a number such as 1 or 1.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity must be more than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price must be a whole number of minor units</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderRecording</name>
    <message>
        <source>Line {checkout_line_id} is not on transaction {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction has no lines to record on the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction has no merchant reference, so there is no order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeUnknown</name>
    <message>
        <source>Outcome of {operation} on {transaction_id} unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>Enter a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{cleaned}&quot; is not a phone number. Use digits, for example 99 99 99 99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{cleaned}&quot; is not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneRegion</name>
    <message>
        <source>Norwegian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{example} (or {others} …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{country} numbers as people say them; start other numbers with + and the country code (+47 Norway, +46 Sweden, +45 Denmark)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Keep the operator name under 80 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the desk name under 80 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the shared database&apos;s connection string, e.g. postgresql://kari@db.shop.lan/paydesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confirmation threshold must be zero or a positive amount.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{default_operator} (the computer&apos;s user name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{default_desk_name} (the computer&apos;s name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s shared database (PostgreSQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postgresql://kari@db.shop.lan:5432/paydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared database connection string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the system keychain; blank keeps it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared database password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production confirmation threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operator name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written on every audit journal row, beside the account and the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Desk name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown beside the operator, and to a colleague at another desk who tries to move the same payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed confirmation &amp;above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On PRODUCTION accounts, a capture, refund or void larger than this (in the payment&apos;s own currency) must be confirmed by typing its amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link history and journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection &amp;string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several desks share one link history and journal, and never move the same payment at once. Takes effect the next time Paydesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language is used from the next start of Paydesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the preferences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesStore</name>
    <message>
        <source>Cannot read {path}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the preferences at {path}: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Paydesk window is saving the preferences. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the preferences at {path}: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Returned goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged or faulty goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured {captured}, refunded {refunded}. Left to refund: &lt;b&gt;{remaining}&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason, in your words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional note (required for “Other”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why in the note when the reason is “Other”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Enter the client secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>On macOS open Keychain Access and make sure the login keychain is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Windows make sure Credential Manager is available for your user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Linux install and unlock a Secret Service such as GNOME Keyring or KWallet, then start Paydesk again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>An account with key &quot;{key}&quot; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{name}&quot; already uses account {account_id} with this client id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableHeader</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction / link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order (merchant ref.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dintero request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesMenu</name>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the saved templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No templates saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert “{name}” ({count} lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save lines as template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the template: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransactionListModel</name>
    <message>
        <source>Could not load transactions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransactionNotes</name>
    <message>
        <source>Nothing reserved is left to capture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probably expired around {when}. {reason} (an estimate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires within a day (around {when}). {reason} (an estimate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires around {when} (in {days_left} days). {reason} (an estimate).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransactionsPage</name>
    <message>
        <source>Dintero sends the newest payments first, a page at a time. Sorted by another column, only the rows loaded so far are ordered: scroll down to load more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the audit journal; money operations are blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · sorted among loaded rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n loaded{sort_note} · loading…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n loaded{sort_note} · more as you scroll</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Klarna for 28 more days to capture {id}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s payment stays reserved longer (up to 6 months in all). Nothing is charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Extend authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order not shipped yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} not sent: the confirmation was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{note} {action} anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TypedAmount</name>
    <message>
        <source>This is above {threshold} on a production account. Type the amount to confirm it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the amount to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type {expected} to confirm, or choose not to go ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error}. Type {expected} to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the amount: type {expected} exactly to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vat</name>
    <message>
        <source>VAT rate must be a number such as 25</source>
        <extracomment>Rate used when neither country nor currency is known: the Scandinavian standard rate. Standard VAT rate in percent by ISO country code and by that country&apos;s currency. ``line_id`` (and ``sku``) of the line that absorbs rounding differences. The largest quantity a line takes: far above a phone order, small enough that quantity × price stays quick to work out and readable on screen. Longest text read as a quantity or a VAT rate (spaces and a &quot;%&quot; included).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT rate must be between 0 and 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at most 2 decimals for the VAT rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity must be a number such as 1 or 1,5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity must be more than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at most {quantity_decimals} decimals for the quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT must be a percentage such as 25</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Void — {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release the uncaptured rest of this payment: &lt;b&gt;{amount}&lt;/b&gt;. What was captured ({captured}) stays captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the authorization of &lt;b&gt;{amount}&lt;/b&gt;: the reserved money is released to the customer and nothing can be captured afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue to confirmation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep payment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part captured, part refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card (Swedbank Pay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card (Bambora)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vipps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vipps (Swedbank Pay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klarna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice (Walley)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instalments (Walley)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instabank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown payment method</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
