/**
 * What the evaluation says in each of the nine languages of chatmask's
 * vocabulary tables (`src/data/vocabulary/*.ts`), written for the evaluation
 * and NOT taken from those tables: the judge must not only replay the tables
 * the detectors read (issue 12: "a new generator of yours must not be the only
 * judge"). Keywords are how checkout pages, bank help pages and customers in
 * those languages name a card's security code and expiry date; misspellings are
 * typos and accent-less spellings as typed on a phone; sentence frames are plain
 * chat ("my … is …", "… : …"); questions are what an agent or a bot asks.
 *
 * Digit-free on purpose ("three digits", not "3 digits"): every digit of a
 * generated message must belong to a label for black-box scoring.
 */

/** A sentence around a keyword and a value: `before + keyword + middle + value + after`. */
export type Frame = readonly [before: string, middle: string, after: string]

export interface EvalLanguage {
  /** BCP 47 tag, as the vocabulary tables name their language. */
  readonly language: string
  readonly cvvWritten: readonly string[]
  readonly expiryWritten: readonly string[]
  readonly cardWritten: readonly string[]
  readonly cvvMisspelled: readonly string[]
  readonly expiryMisspelled: readonly string[]
  /** Frames for "keyword, then value". */
  readonly frames: readonly Frame[]
  /** What a customer puts before a value: "it's ". */
  readonly itIs: string
  readonly sure: string
  readonly and: string
  /** "one sec": a message that answers nothing. */
  readonly filler: string
  readonly thanks: string
  /** Question frames around a keyword phrase; `{}` is the phrase. */
  readonly questionFrames: readonly string[]
  /** Whole questions for card data, written without the tables' phrases in mind. */
  readonly questionsWritten: Readonly<Record<'cvv' | 'expiry' | 'card' | 'details', readonly string[]>>
  /** Questions for harmless numbers. */
  readonly harmlessQuestions: Readonly<Record<'order' | 'postcode' | 'room' | 'guests', readonly string[]>>
  /** A postcode of the language's main country: `d` is a digit, anything else literal. */
  readonly postcodeShapes: readonly string[]
}

export const EVAL_LANGUAGES: readonly EvalLanguage[] = [
  {
    language: 'en',
    cvvWritten: ['CVV number', 'CVC code', 'security code on the back', 'three-digit code', 'card security code', 'verification code', 'CVV2 code'],
    expiryWritten: ['expiration', 'expiry date', 'exp. date', 'expires end of', 'valid thru', 'good thru', 'expiration month and year'],
    cardWritten: ['card number', 'the long number', 'my visa', 'charge it to', 'credit card no.'],
    cvvMisspelled: ['ccv', 'cvv#', 'c.v.v.', 'cvv no', 'cvvv', 'cv2', 'csv', 'secuirty code', 'securiy code', 'sercurity code', 'security cod', 'seccurity code', 'sec. code', 'scurity code'],
    expiryMisspelled: ['expiery', 'expirey', 'exipry', 'expry', 'expir', 'exp dt', 'exp.date', 'ex date', 'expiration dte', 'expairy', 'valid thr', 'vaild thru', 'good thur', 'experation'],
    frames: [['', ' ', ''], ['', ': ', ''], ['my ', ' is ', ''], ['the ', ' is ', ' thanks'], ['', ' - ', '']],
    itIs: "it's ",
    sure: 'sure',
    and: 'and',
    filler: 'one sec',
    thanks: ' thanks',
    questionFrames: ['what is the {}?', 'could you give me the {} please?', 'and the {}?', '{}?'],
    questionsWritten: {
      cvv: ["what's the three digit code on the back of the card?", 'can you read me the security code please?', 'could you confirm the CVC?', 'last thing, the code on the back?'],
      expiry: ['when does the card expire?', "and the expiration?", "what's the expiry month and year?", 'what date is printed under valid thru?'],
      card: ['can you read out the long number on the front?', 'please type your card number', 'which card would you like to use? I need the number'],
      details: ['can I take your payment details?', 'I will need the card details to proceed', 'please share the card info'],
    },
    harmlessQuestions: {
      order: ['what is your order number?', 'can you give me the order number?'],
      postcode: ["what's the postcode?", 'and your billing zip code?'],
      room: ['which room are you in?', "what's your room number?"],
      guests: ['how many guests?', 'how many nights would you like?'],
    },
    postcodeShapes: ['ddddd'],
  },
  {
    language: 'fr',
    cvvWritten: ['cryptogramme visuel', 'code CVV', 'code de sécurité', 'les trois chiffres au dos', 'code CVC', 'cryptogramme'],
    expiryWritten: ["date d'expiration", 'date de fin de validité', 'expire fin', "valable jusqu'au", 'échéance'],
    cardWritten: ['numéro de carte', 'ma carte bancaire', 'carte bleue', 'le numéro de la CB'],
    cvvMisspelled: ['cryptograme', 'criptogramme', 'code de securite', 'cryptogrammme', 'crypto gramme'],
    expiryMisspelled: ["date d'expiraton", 'date dexpiration', 'expiraton', 'date de validite'],
    frames: [['', ' ', ''], ['', ' : ', ''], ['mon ', ' est ', ''], ['le ', ' est ', ' merci']],
    itIs: "c'est ",
    sure: 'bien sûr',
    and: 'et',
    filler: 'un instant',
    thanks: ' merci',
    questionFrames: ['quel est votre {} ?', 'pouvez-vous me communiquer : {} ?', 'et {} ?', '{} ?'],
    questionsWritten: {
      cvv: ['pouvez-vous me donner les trois chiffres au dos de la carte ?', 'quel est le cryptogramme, svp ?'],
      expiry: ["quelle est la date d'expiration de votre carte ?", 'jusqu’à quand la carte est-elle valable ?'],
      card: ['pouvez-vous me donner le numéro de votre carte ?', 'quel est le numéro inscrit sur la carte ?'],
      details: ['pouvez-vous me communiquer vos coordonnées bancaires ?'],
    },
    harmlessQuestions: {
      order: ['quel est votre numéro de commande ?'],
      postcode: ['quel est votre code postal ?'],
      room: ['quel est votre numéro de chambre ?'],
      guests: ['combien de personnes ?', 'pour combien de nuits ?'],
    },
    postcodeShapes: ['ddddd'],
  },
  {
    language: 'de',
    cvvWritten: ['Kartenprüfnummer', 'Sicherheitscode', 'CVC-Nummer', 'Prüfziffer', 'die drei Ziffern hinten', 'Prüfnummer'],
    expiryWritten: ['gültig bis', 'Ablaufdatum', 'Verfallsdatum', 'läuft ab', 'Gültig bis Ende'],
    cardWritten: ['Kartennummer', 'meine Kreditkarte', 'Nummer der Karte', 'Visa-Karte'],
    cvvMisspelled: ['Prufnummer', 'Pruefnummer', 'Sicherheitscod', 'Prüfnr', 'Sicherheits-Code'],
    expiryMisspelled: ['gultig bis', 'gueltig bis', 'Ablaufdatun', 'Ablauf datum'],
    frames: [['', ' ', ''], ['', ': ', ''], ['die ', ' ist ', ''], ['', ' lautet ', ' danke']],
    itIs: 'das ist ',
    sure: 'klar',
    and: 'und',
    filler: 'einen Moment',
    thanks: ' danke',
    questionFrames: ['wie lautet {}?', 'können Sie mir bitte {} nennen?', 'und {}?', '{}?'],
    questionsWritten: {
      cvv: ['Wie lautet die dreistellige Prüfnummer auf der Rückseite?', 'Nennen Sie mir bitte noch den Sicherheitscode.'],
      expiry: ['Wann läuft die Karte ab?', 'Bis wann ist die Karte gültig?'],
      card: ['Wie lautet Ihre Kartennummer?', 'Bitte geben Sie die Nummer auf der Karte an.'],
      details: ['Darf ich Ihre Kartendaten aufnehmen?'],
    },
    harmlessQuestions: {
      order: ['Wie lautet Ihre Bestellnummer?'],
      postcode: ['Wie lautet Ihre Postleitzahl?'],
      room: ['Welche Zimmernummer haben Sie?'],
      guests: ['Für wie viele Personen?', 'Wie viele Nächte?'],
    },
    postcodeShapes: ['ddddd'],
  },
  {
    language: 'es',
    cvvWritten: ['código de seguridad', 'código CVV', 'CVV de la tarjeta', 'los tres dígitos de atrás', 'código de verificación'],
    expiryWritten: ['fecha de caducidad', 'vencimiento', 'fecha de vencimiento', 'válida hasta', 'caduca'],
    cardWritten: ['número de tarjeta', 'mi tarjeta de crédito', 'la tarjeta'],
    cvvMisspelled: ['codigo de seguridad', 'código de seguirdad', 'codigo cvv', 'cod seguridad'],
    expiryMisspelled: ['vencimeinto', 'fecha caducidad', 'fecha de cad.', 'valida hasta'],
    frames: [['', ' ', ''], ['', ': ', ''], ['mi ', ' es ', ''], ['el ', ' es ', ' gracias']],
    itIs: 'es ',
    sure: 'claro',
    and: 'y',
    filler: 'un momento',
    thanks: ' gracias',
    questionFrames: ['¿cuál es {}?', '¿me puede indicar {}, por favor?', '¿y {}?', '{}?'],
    questionsWritten: {
      cvv: ['¿Me da el código de seguridad de tres dígitos?', '¿Cuáles son los tres números del reverso?'],
      expiry: ['¿Cuál es la fecha de vencimiento?', '¿Cuándo caduca la tarjeta?'],
      card: ['¿Cuál es el número de su tarjeta?', 'Indíqueme el número largo de la tarjeta, por favor'],
      details: ['¿Me facilita los datos de la tarjeta?'],
    },
    harmlessQuestions: {
      order: ['¿Cuál es su número de pedido?'],
      postcode: ['¿Cuál es su código postal?'],
      room: ['¿Cuál es su número de habitación?'],
      guests: ['¿Para cuántas personas?', '¿Cuántas noches?'],
    },
    postcodeShapes: ['ddddd'],
  },
  {
    language: 'it',
    cvvWritten: ['codice di sicurezza', 'codice CVV', 'codice di verifica', 'le tre cifre sul retro', 'CVV2'],
    expiryWritten: ['data di scadenza', 'scadenza', 'scade', 'valida fino a', 'scad.'],
    cardWritten: ['numero della carta', 'la mia carta di credito', 'numero carta'],
    cvvMisspelled: ['codice di sicurrezza', 'codice sicurezza', 'codice sicurezza carta'],
    expiryMisspelled: ['data scadenza', 'scandenza', 'data di scadneza'],
    frames: [['', ' ', ''], ['', ': ', ''], ['il ', ' è ', ''], ['la ', ' è ', ' grazie']],
    itIs: 'è ',
    sure: 'certo',
    and: 'e',
    filler: 'un attimo',
    thanks: ' grazie',
    questionFrames: ['qual è {}?', 'mi può indicare {}, per favore?', 'e {}?', '{}?'],
    questionsWritten: {
      cvv: ['Mi dà il codice di sicurezza sul retro?', 'Quali sono le tre cifre dietro la carta?'],
      expiry: ['Qual è la data di scadenza?', 'Quando scade la carta?'],
      card: ['Qual è il numero della carta?', 'Mi detta il numero lungo della carta?'],
      details: ['Mi può fornire i dati della carta?'],
    },
    harmlessQuestions: {
      order: ["Qual è il numero dell'ordine?"],
      postcode: ['Qual è il suo CAP?'],
      room: ['Qual è il numero della sua camera?'],
      guests: ['Per quante persone?', 'Quante notti?'],
    },
    postcodeShapes: ['ddddd'],
  },
  {
    language: 'nl',
    cvvWritten: ['beveiligingscode', 'CVC-code', 'verificatiecode', 'de drie cijfers op de achterkant', 'controlecode'],
    expiryWritten: ['vervaldatum', 'geldig tot', 'verloopt', 'vervalt', 'einddatum'],
    cardWritten: ['kaartnummer', 'mijn creditcard', 'nummer van de kaart'],
    cvvMisspelled: ['beveiligings code', 'beveilingscode', 'beveiligingcode'],
    expiryMisspelled: ['verval datum', 'vervaldatun', 'geldig t/m'],
    frames: [['', ' ', ''], ['', ': ', ''], ['de ', ' is ', ''], ['mijn ', ' is ', ' bedankt']],
    itIs: 'het is ',
    sure: 'zeker',
    and: 'en',
    filler: 'momentje',
    thanks: ' bedankt',
    questionFrames: ['wat is {}?', 'kunt u mij {} geven?', 'en {}?', '{}?'],
    questionsWritten: {
      cvv: ['Wat is de beveiligingscode op de achterkant?', 'Wat zijn de drie cijfers achterop de kaart?'],
      expiry: ['Wat is de vervaldatum?', 'Tot wanneer is de kaart geldig?'],
      card: ['Wat is uw kaartnummer?', 'Kunt u het lange nummer op de kaart geven?'],
      details: ['Mag ik uw kaartgegevens?'],
    },
    harmlessQuestions: {
      order: ['Wat is uw bestelnummer?'],
      postcode: ['Wat is uw postcode?'],
      room: ['Wat is uw kamernummer?'],
      guests: ['Voor hoeveel personen?', 'Hoeveel nachten?'],
    },
    postcodeShapes: ['dddd'],
  },
  {
    language: 'pt',
    cvvWritten: ['código de segurança', 'código CVV', 'código de verificação', 'os três dígitos do verso', 'CVC'],
    expiryWritten: ['data de validade', 'validade', 'vencimento', 'válido até', 'expira em'],
    cardWritten: ['número do cartão', 'meu cartão de crédito', 'o cartão'],
    cvvMisspelled: ['codigo de seguranca', 'codigo de segurança', 'código de seguraça'],
    expiryMisspelled: ['data de valdade', 'validad', 'data validade', 'valido ate'],
    frames: [['', ' ', ''], ['', ': ', ''], ['o ', ' é ', ''], ['meu ', ' é ', ' obrigado']],
    itIs: 'é ',
    sure: 'claro',
    and: 'e',
    filler: 'um momento',
    thanks: ' obrigado',
    questionFrames: ['qual é {}?', 'pode me informar {}, por favor?', 'e {}?', '{}?'],
    questionsWritten: {
      cvv: ['Qual é o código de segurança no verso do cartão?', 'Pode me passar os três números de trás?'],
      expiry: ['Qual é a data de validade?', 'Até quando o cartão é válido?'],
      card: ['Qual é o número do cartão?', 'Pode digitar o número do seu cartão?'],
      details: ['Pode me passar os dados do cartão?'],
    },
    harmlessQuestions: {
      order: ['Qual é o número do pedido?'],
      postcode: ['Qual é o seu código postal?'],
      room: ['Qual é o número do quarto?'],
      guests: ['Para quantas pessoas?', 'Quantas noites?'],
    },
    postcodeShapes: ['dddd-ddd', 'ddddd-ddd'],
  },
  {
    language: 'pl',
    cvvWritten: ['kod CVV', 'kod bezpieczeństwa', 'kod CVC', 'trzy cyfry z tyłu karty', 'kod weryfikacyjny'],
    expiryWritten: ['data ważności', 'ważna do', 'wygasa', 'termin ważności', 'data wygaśnięcia'],
    cardWritten: ['numer karty', 'moja karta kredytowa', 'nr karty'],
    cvvMisspelled: ['kod bezpieczenstwa', 'kod cvv2', 'kod bezpieczęństwa'],
    expiryMisspelled: ['data waznosci', 'wazna do', 'data ważnosci'],
    frames: [['', ' ', ''], ['', ': ', ''], ['', ' to ', ''], ['mój ', ' to ', ' dzięki']],
    itIs: 'to ',
    sure: 'jasne',
    and: 'i',
    filler: 'chwileczkę',
    thanks: ' dzięki',
    questionFrames: ['jaki jest {}?', 'proszę podać {}', 'a {}?', '{}?'],
    questionsWritten: {
      cvv: ['Proszę podać kod CVV z tyłu karty', 'Jakie są trzy cyfry na odwrocie karty?'],
      expiry: ['Jaka jest data ważności karty?', 'Do kiedy karta jest ważna?'],
      card: ['Jaki jest numer karty?', 'Proszę podać numer swojej karty'],
      details: ['Czy mogę prosić o dane karty?'],
    },
    harmlessQuestions: {
      order: ['Jaki jest numer zamówienia?'],
      postcode: ['Jaki jest kod pocztowy?'],
      room: ['Jaki jest numer pokoju?'],
      guests: ['Dla ilu osób?', 'Na ile nocy?'],
    },
    postcodeShapes: ['dd-ddd'],
  },
  {
    language: 'sv',
    cvvWritten: ['säkerhetskod', 'CVV-kod', 'CVC-koden', 'de tre siffrorna på baksidan', 'kontrollsiffror'],
    expiryWritten: ['utgångsdatum', 'giltig till', 'går ut', 'giltighetstid', 'förfallodatum'],
    cardWritten: ['kortnummer', 'mitt kreditkort', 'numret på kortet'],
    cvvMisspelled: ['sakerhetskod', 'säkerhets kod', 'säkerhetskood'],
    expiryMisspelled: ['utgangsdatum', 'giltig t.o.m', 'utgångs datum'],
    frames: [['', ' ', ''], ['', ': ', ''], ['', ' är ', ''], ['min ', ' är ', ' tack']],
    itIs: 'det är ',
    sure: 'visst',
    and: 'och',
    filler: 'ett ögonblick',
    thanks: ' tack',
    questionFrames: ['vad är {}?', 'kan du ge mig {}?', 'och {}?', '{}?'],
    questionsWritten: {
      cvv: ['Vad är säkerhetskoden på baksidan av kortet?', 'Vilka är de tre siffrorna på baksidan?'],
      expiry: ['Vilket är utgångsdatumet?', 'När går kortet ut?'],
      card: ['Vad är ditt kortnummer?', 'Kan du läsa upp numret på kortet?'],
      details: ['Kan jag få dina kortuppgifter?'],
    },
    harmlessQuestions: {
      order: ['Vad är ditt ordernummer?'],
      postcode: ['Vilket är ditt postnummer?'],
      room: ['Vilket rumsnummer har du?'],
      guests: ['Hur många gäster?', 'Hur många nätter?'],
    },
    postcodeShapes: ['ddd dd'],
  },
]

/** The language's evaluation strings; throws for a language the evaluation has not written. */
export function evalLanguage(language: string): EvalLanguage {
  const found = EVAL_LANGUAGES.find((candidate) => candidate.language === language)
  if (found === undefined) throw new Error(`bench/eval has no sentences for language "${language}": add it to families/languages.ts`)
  return found
}
