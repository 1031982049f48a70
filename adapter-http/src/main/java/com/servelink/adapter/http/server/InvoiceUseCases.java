package com.servelink.adapter.http.server;

import com.servelink.application.port.in.invoicing.GetBillingProfileUseCase;
import com.servelink.application.port.in.invoicing.GetInvoiceUseCase;
import com.servelink.application.port.in.invoicing.ListInvoicesUseCase;
import com.servelink.application.port.in.invoicing.SaveBillingProfileUseCase;

/** The use cases of a team's invoices and billing profile, driven by their API routes and their page. */
public record InvoiceUseCases(GetBillingProfileUseCase billingProfile, SaveBillingProfileUseCase saveBillingProfile,
                              ListInvoicesUseCase listInvoices, GetInvoiceUseCase getInvoice) {
}
