package dev.envol.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Assumed costs of a virtual server on premises, so an imported current architecture is priced
 * like the target (an inventory has sizes, not costs). Each VM gets a share of host and SAN
 * hardware by vCPU, memory and storage, amortised; hypervisor (and Windows) licences per vCPU;
 * support as a yearly share of the hardware; hosting per server. They are starting figures in the
 * model currency, written as ordinary cost properties that the architect edits; the import report
 * says they are assumptions. {@link #NONE} leaves costs out.
 */
public record OnPremCostRates(BigDecimal hardwarePerVcpu, BigDecimal hardwarePerMemoryGb,
                              BigDecimal hardwarePerStorageGb, int amortizationMonths,
                              BigDecimal licencePerVcpuMonthly,
                              BigDecimal windowsLicencePerVcpuMonthly,
                              BigDecimal supportPctPerYear, BigDecimal hostingMonthly) {
    /** No cost properties: the current architecture costs what the architect adds. */
    public static final OnPremCostRates NONE = new OnPremCostRates(null, null, null, 0, null,
        null, null, null);

    /**
     * Mid-range figures for a virtualised estate (host ~$300 a vCPU and ~$20 a GB of memory,
     * SAN ~$0.50 a GB, 5 years; hypervisor licence ~$10 a vCPU a month, Windows Server ~$12;
     * support 10% of hardware a year; $25 a month of power, space and network per server).
     */
    public static OnPremCostRates defaults() {
        return new OnPremCostRates(BigDecimal.valueOf(300), BigDecimal.valueOf(20),
            new BigDecimal("0.5"), 60, BigDecimal.TEN, BigDecimal.valueOf(12), BigDecimal.TEN,
            BigDecimal.valueOf(25));
    }

    public boolean none() {
        return hardwarePerVcpu == null;
    }

    /** The cost properties of one server; empty for {@link #NONE}. */
    Map<String, Object> props(int cpus, BigDecimal memoryGb, BigDecimal storageGb,
                              boolean windows) {
        Map<String, Object> props = new LinkedHashMap<>();
        if (none()) {
            return props;
        }
        BigDecimal vcpu = BigDecimal.valueOf(cpus);
        BigDecimal hardware = hardwarePerVcpu.multiply(vcpu)
            .add(hardwarePerMemoryGb.multiply(memoryGb))
            .add(storageGb == null ? BigDecimal.ZERO : hardwarePerStorageGb.multiply(storageGb))
            .setScale(0, RoundingMode.HALF_UP);
        BigDecimal licence = licencePerVcpuMonthly.multiply(vcpu);
        if (windows) {
            licence = licence.add(windowsLicencePerVcpuMonthly.multiply(vcpu));
        }
        props.put("hardwareCost", hardware);
        props.put("amortizationMonths", amortizationMonths);
        props.put("licenceMonthly", licence.stripTrailingZeros());
        props.put("supportMonthly", hardware.multiply(supportPctPerYear)
            .divide(BigDecimal.valueOf(1200), 2, RoundingMode.HALF_UP).stripTrailingZeros());
        props.put("hostingMonthly", hostingMonthly);
        return props;
    }
}
