package com.servelink.adapter.persistence.system;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Row of {@code system_setting}. */
@Entity
@Table(name = "system_setting")
public class SystemSettingEntity {
    @Id
    @Column(name = "setting_name", length = 100)
    String name;

    @Column(name = "setting_value", nullable = false, length = 4000)
    String value;

    protected SystemSettingEntity() {
    }
}
