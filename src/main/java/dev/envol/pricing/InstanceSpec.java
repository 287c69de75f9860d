package dev.envol.pricing;

import java.math.BigDecimal;

/** Size of an EC2 instance type, for right-sizing and Graviton suggestions. */
public record InstanceSpec(String instanceType, int vcpu, BigDecimal memoryGib, String arch) {
    public String family() {
        int dot = instanceType.indexOf('.');
        return dot < 0 ? instanceType : instanceType.substring(0, dot);
    }

    public String size() {
        int dot = instanceType.indexOf('.');
        return dot < 0 ? "" : instanceType.substring(dot + 1);
    }
}
