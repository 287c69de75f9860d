package dev.envol.check;

import dev.envol.model.Component;
import dev.envol.model.PurchaseOption;
import dev.envol.model.Settings;
import dev.envol.pricing.Price;
import dev.envol.pricing.PriceCatalog;
import dev.envol.pricing.PriceQuery;
import dev.envol.pricing.PriceResult;
import dev.envol.pricing.Unpriced;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Optional;

/**
 * Prices the instance hours of a component as if it ran another instance type, so the cost rules
 * can compare the same usage at two types. Covers {@code aws.ec2}, {@code aws.asg},
 * {@code aws.rds} and {@code aws.elasticache}, with the quantities the cost rules use: count x
 * hours, x average instances for a group, x nodes for a cache; prices of the component's purchase
 * option and region.
 */
final class InstancePricing {
    private final PriceCatalog prices;
    private final Settings settings;

    InstancePricing(PriceCatalog prices, Settings settings) {
        this.prices = prices;
        this.settings = settings;
    }

    /** The property naming the instance type of {@code component}, or empty when it has none. */
    static Optional<String> instanceTypeProperty(Component component) {
        return switch (component.type()) {
            case "aws.ec2", "aws.asg", "aws.rds" -> Optional.of("instanceType");
            case "aws.elasticache" -> Optional.of("nodeType");
            default -> Optional.empty();
        };
    }

    /** The instance type the component runs, or empty. */
    static Optional<String> instanceType(Component component) {
        return instanceTypeProperty(component).flatMap(p -> component.props().text(p));
    }

    /** Monthly USD of the component's instance hours at {@code instanceType}, or why not. */
    PriceResult monthlyUsd(Component component, String instanceType) {
        PriceQuery query = query(component, instanceType);
        if (query == null) {
            return new Unpriced("no engine set on " + component.id());
        }
        PriceResult result = prices.lookup(query);
        if (result instanceof Price price) {
            BigDecimal monthly = price.usdPerUnit().multiply(instanceHours(component));
            return Price.onDemand(monthly, "month", price.source(), price.asOf());
        }
        return result;
    }

    /** USD converted to the model currency, rounded to cents for a message. */
    String money(BigDecimal usd) {
        return usd.multiply(settings.usdToCurrency()).setScale(2, RoundingMode.HALF_UP)
            .toPlainString() + " " + settings.currency();
    }

    private PriceQuery query(Component c, String instanceType) {
        String region = c.props().text("region", settings.region());
        PurchaseOption purchase = c.props().text("pricing")
            .flatMap(key -> Arrays.stream(PurchaseOption.values())
                .filter(o -> o.key().equals(key)).findFirst())
            .orElse(settings.pricing());
        PriceQuery query;
        switch (c.type()) {
            case "aws.ec2", "aws.asg" -> query = PriceQuery.of("ec2", region, instanceType)
                .with("os", c.props().text("os", "linux"));
            case "aws.rds" -> {
                Optional<String> engine = c.props().text("engine");
                if (engine.isEmpty()) {
                    return null;
                }
                String deployment = c.props().flag("multiAz", false) ? "multi-az" : "single-az";
                query = PriceQuery.of("rds", region, instanceType).with("engine", engine.get())
                    .with("deployment", deployment);
            }
            case "aws.elasticache" -> {
                Optional<String> engine = c.props().text("engine");
                if (engine.isEmpty()) {
                    return null;
                }
                query = PriceQuery.of("elasticache", region, instanceType)
                    .with("engine", engine.get());
            }
            default -> throw new IllegalArgumentException("no instance type on " + c.type());
        }
        return query.withPurchase(purchase);
    }

    /** Instance-hours a month: count x hours, x average instances or x nodes. */
    BigDecimal instanceHours(Component c) {
        BigDecimal hours = c.type().equals("aws.ec2")
            ? c.props().decimal("hoursPerMonth", settings.hoursPerMonth())
            : settings.hoursPerMonth();
        BigDecimal units = c.props().count();
        if (c.type().equals("aws.asg")) {
            BigDecimal min = c.props().decimal("min", BigDecimal.ONE);
            units = units.multiply(c.props().decimal("average", min));
        } else if (c.type().equals("aws.elasticache")) {
            units = units.multiply(c.props().decimal("nodes", BigDecimal.ONE));
        }
        return units.multiply(hours);
    }
}
