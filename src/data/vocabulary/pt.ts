import type { Vocabulary } from './vocabulary.js'

/**
 * Portuguese (Brazil and Portugal). Sources:
 * - Doutor Finanças (Portugal), "CVV ou CVC" (doutorfinancas.pt): "código de segurança do cartão",
 *   "valor de verificação de cartão", "na parte de trás do cartão".
 * - Tecnoblog (Brazil), "O que é CVV do cartão de crédito?" (tecnoblog.net/312330):
 *   "código de segurança", "Código Verificador de Cartão", "atrás (ou na frente) do cartão".
 * - Clube do Crédito, "O que é o código de segurança do cartão" (clubedocredito.com):
 *   "CVV", "CVC e CCV", "data de vencimento", "número do cartão".
 * - Checkout labels: "Validade (MM/AA)", "Válido até", "Data de validade".
 * - Months: Unicode CLDR 48, common/main/pt.xml, Gregorian calendar, wide and abbreviated.
 *
 * Left out of the linking words: "é" ("is"), which folds onto "e" ("and").
 */
export const PORTUGUESE: Vocabulary = {
  language: 'pt',
  card: ['cartão', 'número do cartão', 'nº do cartão', 'cartão de crédito', 'cartão de débito'],
  cardGlued: ['visa', 'mastercard', 'amex', 'elo'],
  cardDetails: ['dados do cartão', 'informações do cartão', 'dados de pagamento'],
  expiry: [
    'validade',
    'data de validade',
    'válido até',
    'válida até',
    'vencimento',
    'data de vencimento',
    'expira',
    'expiração',
    'data de expiração',
    'vence',
    'MM/AA',
  ],
  cvv: [
    'código de segurança',
    'cód de segurança',
    'código de verificação',
    'código verificador',
    'números de trás',
    'dígitos de trás',
    'números do verso',
    'dígitos do verso',
    'código do verso',
    '3 dígitos',
    'três dígitos',
    'últimos 3 dígitos',
    'código de 3 dígitos',
  ],
  cvvAfterCard: ['código', 'cód'],
  linking: ['o', 'a', 'os', 'as', 'meu', 'minha', 'do', 'da', 'de', 'para', 'como', 'são'],
  months: [
    ['janeiro', 'jan'],
    ['fevereiro', 'fev'],
    ['março', 'mar'],
    ['abril', 'abr'],
    ['maio', 'mai'],
    ['junho', 'jun'],
    ['julho', 'jul'],
    ['agosto', 'ago'],
    ['setembro', 'set'],
    ['outubro', 'out'],
    ['novembro', 'nov'],
    ['dezembro', 'dez'],
  ],
}
