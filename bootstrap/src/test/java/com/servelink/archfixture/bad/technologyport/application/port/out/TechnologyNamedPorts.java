package com.servelink.archfixture.bad.technologyport.application.port.out;

// Violations: top-level out-ports named after a technology, one per forbidden name (any case).

interface JpaWidgetStore {
}

interface HibernateSessions {
}

interface UndertowExchanges {
}

interface QuartzTriggers {
}

interface StripeCharges {
}

interface JdbcWidgets {
}

interface HttpPaymentClient {
}

interface WidgetJDBCAccess {
}
