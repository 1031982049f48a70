package com.servelink.adapter.http.server;

import com.servelink.application.port.in.access.AuthenticateUseCase;
import com.servelink.application.port.in.admin.AddMemberUseCase;
import com.servelink.application.port.in.admin.ChangeTeamPlanUseCase;
import com.servelink.application.port.in.admin.CreateTeamUseCase;
import com.servelink.application.port.in.admin.CreateUserUseCase;
import com.servelink.application.port.in.admin.IssueTokenUseCase;
import com.servelink.application.port.in.admin.ListJobsUseCase;
import com.servelink.application.port.in.admin.RunJobUseCase;
import com.servelink.application.port.in.billing.CancelAddOnUseCase;
import com.servelink.application.port.in.billing.ConfirmPaymentUseCase;
import com.servelink.application.port.in.billing.FailPaymentUseCase;
import com.servelink.application.port.in.billing.RefundPaymentUseCase;
import com.servelink.application.port.in.billing.GetPaymentUseCase;
import com.servelink.application.port.in.usage.GetTeamBillingSnapshotUseCase;
import com.servelink.application.port.in.billing.GetTeamLimitsUseCase;
import com.servelink.application.port.in.billing.ListAddOnOffersUseCase;
import com.servelink.application.port.in.billing.ListTeamPaymentsUseCase;
import com.servelink.application.port.in.billing.ListTeamResourcesUseCase;
import com.servelink.application.port.in.billing.SetAutoRenewUseCase;
import com.servelink.application.port.in.billing.PurchaseAddOnUseCase;
import com.servelink.application.port.in.support.CreateTicketUseCase;
import com.servelink.application.port.in.support.ExportTicketsUseCase;
import com.servelink.application.port.in.support.GetStaffQueueUseCase;
import com.servelink.application.port.in.support.GetTicketHistoryUseCase;
import com.servelink.application.port.in.support.GetTicketStatisticsUseCase;
import com.servelink.application.port.in.support.GetTicketUseCase;
import com.servelink.application.port.in.support.ListTicketsUseCase;
import com.servelink.application.port.in.support.PostMessageUseCase;
import com.servelink.application.port.in.support.UpdateTicketUseCase;

/** Every inbound port the HTTP API drives; the composition root fills it. */
public record UseCases(
        AuthenticateUseCase authenticate,
        ListAddOnOffersUseCase listOffers,
        PurchaseAddOnUseCase purchase,
        ListTeamResourcesUseCase listResources,
        CancelAddOnUseCase cancel,
        GetTeamLimitsUseCase limits,
        GetPaymentUseCase getPayment,
        ListTeamPaymentsUseCase listPayments,
        ConfirmPaymentUseCase confirmPayment,
        FailPaymentUseCase failPayment,
        RefundPaymentUseCase refundPayment,
        CreateTicketUseCase createTicket,
        ListTicketsUseCase listTickets,
        GetTicketUseCase getTicket,
        PostMessageUseCase postMessage,
        UpdateTicketUseCase updateTicket,
        GetTicketStatisticsUseCase statistics,
        GetTicketHistoryUseCase ticketHistory,
        GetStaffQueueUseCase staffQueue,
        CreateTeamUseCase createTeam,
        ChangeTeamPlanUseCase changeTeamPlan,
        CreateUserUseCase createUser,
        AddMemberUseCase addMember,
        IssueTokenUseCase issueToken,
        ListJobsUseCase listJobs,
        RunJobUseCase runJob,
        SetAutoRenewUseCase setAutoRenew,
        ExportTicketsUseCase exportTickets,
        GetTeamBillingSnapshotUseCase billingSnapshot) {
}
