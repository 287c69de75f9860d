package dev.envol.catalog;

import static dev.envol.catalog.Category.EXTERNAL;
import static dev.envol.catalog.Category.ON_PREMISE;
import static dev.envol.catalog.Category.ORGANISATION;

import java.util.List;

/**
 * On-premise, organisation and external types; every on-premise type takes the cost properties.
 * {@code org.team} and {@code external.system} may sit in either architecture: people and SaaS
 * seats are paid for before and after the move, so the comparison counts them on both sides.
 */
final class OnPremTypes {
    private OnPremTypes() {
    }

    /** {@code count} and the per-unit cost properties every {@code onprem.*} type takes. */
    static List<PropertySpec> costs() {
        return List.of(count(),
            num("hardwareCost", "currency", 0, "Purchase price per unit, amortised"),
            num("amortizationMonths", "months", 60, "Months the hardware is amortised over"),
            num("licenceMonthly", "currency/month", 0, "Software licences per unit"),
            num("supportMonthly", "currency/month", 0, "Vendor support per unit"),
            num("hostingMonthly", "currency/month", 0,
                "Data-centre hosting per unit (space, power, cooling)"),
            num("managedServicesMonthly", "currency/month", 0,
                "Managed services (infogérance) per unit"),
            num("staffFte", "FTE", 0, "Staff share per unit, in full-time equivalents"));
    }

    /** What a team costs: people, an outsourced contract, its tools and their support. */
    static List<PropertySpec> team() {
        return List.of(count(),
            num("staffFte", "FTE", 0, "People in full-time equivalents, x settings.fteMonthlyCost"),
            num("managedServicesMonthly", "currency/month", 0,
                "Outsourced run contract (infogérance) per unit"),
            num("licenceMonthly", "currency/month", 0, "Tools the team pays for, per unit"),
            num("supportMonthly", "currency/month", 0, "Support contracts per unit"));
    }

    private static PropertySpec count() {
        return new PropertySpec("count", PropertyKind.INTEGER, "", 1,
            "Identical units this component stands for", null, false);
    }

    private static PropertySpec num(String name, String unit, Object def, String text) {
        return new PropertySpec(name, PropertyKind.NUMBER, unit, def, text, null, false);
    }

    static List<TypeBuilder> all() {
        return List.of(
            onprem("onprem.server", "Server", "mdi2s-server")
                .integer("cpus", "vCPU", null, "Virtual or physical CPUs")
                .number("memoryGb", "GB", null, "Memory")
                .number("storageGb", "GB", null, "Provisioned storage")
                .text("os", null, "Operating system")
                .number("cpuUtilPct", "%", null, "Peak CPU utilisation")
                .number("memUtilPct", "%", null, "Peak memory utilisation"),
            onprem("onprem.load-balancer", "Load balancer", "mdi2s-scale-balance"),
            onprem("onprem.cache", "Cache", "mdi2c-cached")
                .text("engine", null, "Cache software (Varnish, Memcached, Redis...)"),
            onprem("onprem.database", "Database", "mdi2d-database")
                .text("engine", null, "Database engine (MySQL, Oracle...)"),
            onprem("onprem.app-server", "Application server", "mdi2a-application-cog"),
            onprem("onprem.storage", "Storage", "mdi2h-harddisk")
                .number("capacityGb", "GB", null, "Usable capacity"),
            onprem("onprem.network", "Network", "mdi2r-router-network"),
            onprem("onprem.ci", "CI server", "mdi2p-pipe"),
            onprem("onprem.batch", "Batch scheduler", "mdi2c-calendar-clock"),
            onprem("onprem.external", "Hosted service", "mdi2o-office-building"),
            new TypeBuilder("external.users", "Internet users", EXTERNAL, "mdi2a-account-group")
                .describe("People reaching the estate from the internet; not priced"),
            new TypeBuilder("org.team", "Team", ORGANISATION, "mdi2a-account-hard-hat")
                .describe("A team that runs the estate: in-house operations, an outsourced "
                    + "managed-services contract, a Cloud & DevOps team")
                .all(team()),
            new TypeBuilder("external.system", "External system", EXTERNAL, "mdi2e-earth")
                .describe("A third-party system (payment provider, partner API, SaaS seats); "
                    + "priced only by its licence and support fees")
                .all(List.of(count(),
                    num("licenceMonthly", "currency/month", 0,
                        "Licence or subscription per unit (SaaS seats, provider fee)"),
                    num("supportMonthly", "currency/month", 0, "Support per unit"))));
    }

    private static TypeBuilder onprem(String key, String name, String icon) {
        return new TypeBuilder(key, name, ON_PREMISE, icon).all(costs());
    }
}
