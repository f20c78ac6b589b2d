// Places whose name English puts after an office ("Prime Minister of Norway", "Governor of
// Texas"): sovereign countries, the UK's nations, US states, Canadian provinces and Australian
// states. Only names used as nouns are here: adjectives ("Norwegian", "British") and
// abbreviations ("US", "UK") already read well before an office and are never listed.

/** Places said with "the" after "of": "President of the United States". */
const WITH_THE = [
  "Bahamas", "Central African Republic", "Comoros", "Czech Republic", "Democratic Republic of Congo",
  "Democratic Republic of the Congo", "Dominican Republic", "Gambia", "Ivory Coast", "Maldives", "Marshall Islands",
  "Netherlands", "Philippines", "Republic of Ireland", "Seychelles", "Solomon Islands", "United Arab Emirates",
  "United Kingdom", "United States", "Vatican",
];

const COUNTRIES = [
  "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Argentina", "Armenia", "Australia", "Austria", "Azerbaijan",
  "Bahrain", "Bangladesh", "Barbados", "Belarus", "Belgium", "Belize", "Benin", "Bhutan", "Bolivia", "Bosnia",
  "Botswana", "Brazil", "Britain", "Brunei", "Bulgaria", "Burkina Faso", "Burundi", "Cambodia", "Cameroon", "Canada",
  "Chad", "Chile", "China", "Colombia", "Congo", "Costa Rica", "Croatia", "Cuba", "Cyprus", "Denmark", "Djibouti",
  "Ecuador", "Egypt", "El Salvador", "Eritrea", "Estonia", "Ethiopia", "Fiji", "Finland", "France", "Gabon", "Georgia",
  "Germany", "Ghana", "Greece", "Guatemala", "Guinea", "Guyana", "Haiti", "Honduras", "Hungary", "Iceland", "India",
  "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya",
  "Kosovo", "Kuwait", "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Lesotho", "Liberia", "Libya", "Liechtenstein",
  "Lithuania", "Luxembourg", "Madagascar", "Malawi", "Malaysia", "Mali", "Malta", "Mauritania", "Mauritius", "Mexico",
  "Moldova", "Monaco", "Mongolia", "Montenegro", "Morocco", "Mozambique", "Myanmar", "Namibia", "Nepal", "New Zealand",
  "Nicaragua", "Niger", "Nigeria", "North Korea", "North Macedonia", "Norway", "Oman", "Pakistan", "Palestine",
  "Panama", "Papua New Guinea", "Paraguay", "Peru", "Poland", "Portugal", "Qatar", "Romania", "Russia", "Rwanda",
  "Saudi Arabia", "Senegal", "Serbia", "Sierra Leone", "Singapore", "Slovakia", "Slovenia", "Somalia", "South Africa",
  "South Korea", "South Sudan", "Spain", "Sri Lanka", "Sudan", "Suriname", "Sweden", "Switzerland", "Syria", "Taiwan",
  "Tajikistan", "Tanzania", "Thailand", "Togo", "Tunisia", "Turkey", "Turkmenistan", "Uganda", "Ukraine", "Uruguay",
  "Uzbekistan", "Venezuela", "Vietnam", "Yemen", "Zambia", "Zimbabwe",
  "England", "Scotland", "Wales", "Northern Ireland",
];

const US_STATES = [
  "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Hawaii",
  "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts",
  "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
  "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania",
  "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington",
  "West Virginia", "Wisconsin", "Wyoming", "Puerto Rico",
];

const REGIONS = [
  "Alberta", "British Columbia", "Manitoba", "New Brunswick", "Newfoundland", "Nova Scotia", "Ontario", "Quebec",
  "Saskatchewan", "New South Wales", "Queensland", "Tasmania", "Victoria", "Western Australia",
];

const byKey = new Map<string, string>([
  ...[...COUNTRIES, ...US_STATES, ...REGIONS].map((place) => [place.toLowerCase(), place] as const),
  ...WITH_THE.map((place) => [place.toLowerCase(), `the ${place}`] as const),
]);

/**
 * The place as it follows "of", or undefined when `words` is not a place this list knows.
 * @example
 * placeAfterOf("Norway") //=> "Norway"
 * placeAfterOf("netherlands") //=> "the Netherlands"
 * placeAfterOf("Norwegian") //=> undefined
 */
export function placeAfterOf(words: string): string | undefined {
  return byKey.get(words.toLowerCase());
}
