import type { Vocabulary } from './vocabulary.js'

/**
 * Spanish. Sources:
 * - BBVA México, "¿Qué es el CVV de las tarjetas de crédito?"
 *   (bbva.mx/educacion-financiera/creditos/que-es-el-cvv-de-las-tarjetas-de-credito.html):
 *   "código de seguridad", "los 3 números … en la parte de atrás", "fecha de vencimiento".
 * - La República (Perú), "¿Qué es el CVV de una tarjeta de crédito o débito?" (larepublica.pe):
 *   "código de verificación de la tarjeta", "código de seguridad de la tarjeta", "fecha de caducidad".
 * - Checkout labels in Spain and Latin America: "Fecha de caducidad", "Vence", "Vto.", "Válida hasta", "MM/AA".
 * - Months: Unicode CLDR 48, common/main/es.xml (and es_PE for "setiembre", "set."),
 *   Gregorian calendar, wide and abbreviated.
 */
export const SPANISH: Vocabulary = {
  language: 'es',
  card: [
    'tarjeta',
    'número de tarjeta',
    'número de la tarjeta',
    'nro de tarjeta',
    'tarjeta de crédito',
    'tarjeta de débito',
  ],
  cardGlued: ['visa', 'mastercard', 'amex'],
  cardDetails: ['datos de la tarjeta', 'datos de tarjeta', 'detalles de la tarjeta', 'datos de pago', 'información de pago'],
  expiry: [
    'vence',
    'vencimiento',
    'fecha de vencimiento',
    'fecha de vto',
    'vto',
    'venc',
    'caducidad',
    'fecha de caducidad',
    'caduca',
    'expira',
    'expiración',
    'fecha de expiración',
    'válida hasta',
    'válido hasta',
    'vigencia',
    'vigente hasta',
    'MM/AA',
    'MM/AAAA',
  ],
  cvv: [
    'código de seguridad',
    'cód de seguridad',
    'código de verificación',
    'código verificador',
    'número de seguridad',
    'dígitos de seguridad',
    'código de atrás',
    'código del reverso',
    'números de atrás',
    'dígitos de atrás',
    'números del reverso',
    'dígitos del reverso',
    '3 dígitos',
    'tres dígitos',
    'últimos 3 dígitos',
    'código de 3 dígitos',
  ],
  cvvAfterCard: ['código', 'cód'],
  linking: ['es', 'son', 'el', 'la', 'los', 'las', 'mi', 'mis', 'su', 'como', 'para', 'del', 'de'],
  months: [
    ['enero', 'ene'],
    ['febrero', 'feb'],
    ['marzo', 'mar'],
    ['abril', 'abr'],
    ['mayo', 'may'],
    ['junio', 'jun'],
    ['julio', 'jul'],
    ['agosto', 'ago'],
    ['septiembre', 'sept', 'setiembre', 'set'],
    ['octubre', 'oct'],
    ['noviembre', 'nov'],
    ['diciembre', 'dic'],
  ],
}
