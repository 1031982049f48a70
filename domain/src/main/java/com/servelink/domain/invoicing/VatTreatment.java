package com.servelink.domain.invoicing;

import com.servelink.domain.catalog.Language;

/**
 * How VAT applies to a sale, and the mention the law asks an invoice to print when none is
 * charged (Council Directive 2006/112/EC).
 */
public enum VatTreatment {
    /** The buyer's member state's standard rate (B2C anywhere in the EU, and B2B at home). */
    STANDARD(null, null),
    /** A business in another member state with a VAT number: 0 %, the buyer accounts for the VAT. */
    REVERSE_CHARGE("Autoliquidation : TVA due par le preneur (article 196 de la directive 2006/112/CE).",
            "Reverse charge: VAT to be accounted for by the recipient (Article 196 of Directive 2006/112/EC)."),
    /** A buyer outside the EU: the service is supplied outside the EU's scope, 0 %. */
    OUTSIDE_EU("TVA non applicable : prestation hors de l'Union européenne (articles 44 et 59 de la directive "
            + "2006/112/CE).",
            "VAT not applicable: services supplied outside the European Union (Articles 44 and 59 of Directive "
                    + "2006/112/EC).");

    private final String french;
    private final String english;

    VatTreatment(String french, String english) {
        this.french = french;
        this.english = english;
    }

    /** The legal mention to print, or empty for {@link #STANDARD} (the rate is printed instead). */
    public java.util.Optional<String> mention(Language language) {
        return java.util.Optional.ofNullable(language == Language.EN ? english : french);
    }
}
