/**
  ******************************************************************************
  * @file    stm32f411xe.h
  * @brief   CMSIS Cortex-M4 device peripheral access layer header file for the
  *          STM32F411xC/xE devices.
  *
  *          This file contains:
  *           - Data structures and the address mapping for all peripherals
  *           - Peripheral registers declarations and bits definition
  *           - Macros to access the peripheral registers hardware
  *
  ******************************************************************************
  * Copyright (c) 2024 The Spark sample authors.
  * SPDX-License-Identifier: Apache-2.0
  *
  * Written from the public memory map and register descriptions of the
  * STM32F411 reference manual (RM0383). Register offsets, reset values and
  * bit positions follow that document.
  ******************************************************************************
  */

#ifndef STM32F411XE_H
#define STM32F411XE_H

#ifdef __cplusplus
extern "C" {
#endif /* __cplusplus */

/** @addtogroup Configuration_section_for_CMSIS
  * @{
  */

/**
  * @brief Configuration of the Cortex-M4 Processor and Core Peripherals
  */
#define __CM4_REV                 0x0001U  /*!< Core revision r0p1                            */
#define __MPU_PRESENT             1U       /*!< STM32F4XX provides an MPU                     */
#define __NVIC_PRIO_BITS          4U       /*!< STM32F4XX uses 4 Bits for the Priority Levels */
#define __Vendor_SysTickConfig    0U       /*!< Set to 1 if different SysTick Config is used  */
#define __FPU_PRESENT             1U       /*!< FPU present                                   */

/**
  * @}
  */

/** @addtogroup Peripheral_interrupt_number_definition
  * @{
  */

/**
 * @brief STM32F4XX Interrupt Number Definition, according to the selected device
 *        in @ref Library_configuration_section
 */
typedef enum
{
/******  Cortex-M4 Processor Exceptions Numbers ****************************************************************/
  NonMaskableInt_IRQn         = -14,    /*!< 2 Non Maskable Interrupt                                          */
  MemoryManagement_IRQn       = -12,    /*!< 4 Cortex-M4 Memory Management Interrupt                           */
  BusFault_IRQn               = -11,    /*!< 5 Cortex-M4 Bus Fault Interrupt                                   */
  UsageFault_IRQn             = -10,    /*!< 6 Cortex-M4 Usage Fault Interrupt                                 */
  SVCall_IRQn                 = -5,     /*!< 11 Cortex-M4 SV Call Interrupt                                    */
  DebugMonitor_IRQn           = -4,     /*!< 12 Cortex-M4 Debug Monitor Interrupt                              */
  PendSV_IRQn                 = -2,     /*!< 14 Cortex-M4 Pend SV Interrupt                                    */
  SysTick_IRQn                = -1,     /*!< 15 Cortex-M4 System Tick Interrupt                                */
/******  STM32 specific Interrupt Numbers **********************************************************************/
  WWDG_IRQn                   = 0,      /*!< Window WatchDog Interrupt                                         */
  PVD_IRQn                    = 1,      /*!< PVD through EXTI Line detection Interrupt                         */
  TAMP_STAMP_IRQn             = 2,      /*!< Tamper and TimeStamp interrupts through the EXTI line             */
  RTC_WKUP_IRQn               = 3,      /*!< RTC Wakeup interrupt through the EXTI line                        */
  FLASH_IRQn                  = 4,      /*!< FLASH global Interrupt                                            */
  RCC_IRQn                    = 5,      /*!< RCC global Interrupt                                              */
  EXTI0_IRQn                  = 6,      /*!< EXTI Line0 Interrupt                                              */
  EXTI1_IRQn                  = 7,      /*!< EXTI Line1 Interrupt                                              */
  EXTI2_IRQn                  = 8,      /*!< EXTI Line2 Interrupt                                              */
  EXTI3_IRQn                  = 9,      /*!< EXTI Line3 Interrupt                                              */
  EXTI4_IRQn                  = 10,     /*!< EXTI Line4 Interrupt                                              */
  DMA1_Stream0_IRQn           = 11,     /*!< DMA1 Stream 0 global Interrupt                                    */
  DMA1_Stream1_IRQn           = 12,     /*!< DMA1 Stream 1 global Interrupt                                    */
  DMA1_Stream2_IRQn           = 13,     /*!< DMA1 Stream 2 global Interrupt                                    */
  DMA1_Stream3_IRQn           = 14,     /*!< DMA1 Stream 3 global Interrupt                                    */
  DMA1_Stream4_IRQn           = 15,     /*!< DMA1 Stream 4 global Interrupt                                    */
  DMA1_Stream5_IRQn           = 16,     /*!< DMA1 Stream 5 global Interrupt                                    */
  DMA1_Stream6_IRQn           = 17,     /*!< DMA1 Stream 6 global Interrupt                                    */
  ADC_IRQn                    = 18,     /*!< ADC1 global Interrupt                                             */
  EXTI9_5_IRQn                = 23,     /*!< External Line[9:5] Interrupts                                     */
  TIM1_BRK_TIM9_IRQn          = 24,     /*!< TIM1 Break interrupt and TIM9 global interrupt                    */
  TIM1_UP_TIM10_IRQn          = 25,     /*!< TIM1 Update Interrupt and TIM10 global interrupt                  */
  TIM1_TRG_COM_TIM11_IRQn     = 26,     /*!< TIM1 Trigger and Commutation Interrupt and TIM11 global interrupt */
  TIM1_CC_IRQn                = 27,     /*!< TIM1 Capture Compare Interrupt                                    */
  TIM2_IRQn                   = 28,     /*!< TIM2 global Interrupt                                             */
  TIM3_IRQn                   = 29,     /*!< TIM3 global Interrupt                                             */
  TIM4_IRQn                   = 30,     /*!< TIM4 global Interrupt                                             */
  I2C1_EV_IRQn                = 31,     /*!< I2C1 Event Interrupt                                              */
  I2C1_ER_IRQn                = 32,     /*!< I2C1 Error Interrupt                                              */
  I2C2_EV_IRQn                = 33,     /*!< I2C2 Event Interrupt                                              */
  I2C2_ER_IRQn                = 34,     /*!< I2C2 Error Interrupt                                              */
  SPI1_IRQn                   = 35,     /*!< SPI1 global Interrupt                                             */
  SPI2_IRQn                   = 36,     /*!< SPI2 global Interrupt                                             */
  USART1_IRQn                 = 37,     /*!< USART1 global Interrupt                                           */
  USART2_IRQn                 = 38,     /*!< USART2 global Interrupt                                           */
  EXTI15_10_IRQn              = 40,     /*!< External Line[15:10] Interrupts                                   */
  RTC_Alarm_IRQn              = 41,     /*!< RTC Alarm (A and B) through EXTI Line Interrupt                   */
  OTG_FS_WKUP_IRQn            = 42,     /*!< USB OTG FS Wakeup through EXTI line interrupt                     */
  DMA1_Stream7_IRQn           = 47,     /*!< DMA1 Stream7 Interrupt                                            */
  SDIO_IRQn                   = 49,     /*!< SDIO global Interrupt                                             */
  TIM5_IRQn                   = 50,     /*!< TIM5 global Interrupt                                             */
  SPI3_IRQn                   = 51,     /*!< SPI3 global Interrupt                                             */
  DMA2_Stream0_IRQn           = 56,     /*!< DMA2 Stream 0 global Interrupt                                    */
  DMA2_Stream1_IRQn           = 57,     /*!< DMA2 Stream 1 global Interrupt                                    */
  DMA2_Stream2_IRQn           = 58,     /*!< DMA2 Stream 2 global Interrupt                                    */
  DMA2_Stream3_IRQn           = 59,     /*!< DMA2 Stream 3 global Interrupt                                    */
  DMA2_Stream4_IRQn           = 60,     /*!< DMA2 Stream 4 global Interrupt                                    */
  OTG_FS_IRQn                 = 67,     /*!< USB OTG FS global Interrupt                                       */
  DMA2_Stream5_IRQn           = 68,     /*!< DMA2 Stream 5 global interrupt                                    */
  DMA2_Stream6_IRQn           = 69,     /*!< DMA2 Stream 6 global interrupt                                    */
  DMA2_Stream7_IRQn           = 70,     /*!< DMA2 Stream 7 global interrupt                                    */
  USART6_IRQn                 = 71,     /*!< USART6 global interrupt                                           */
  I2C3_EV_IRQn                = 72,     /*!< I2C3 event interrupt                                              */
  I2C3_ER_IRQn                = 73,     /*!< I2C3 error interrupt                                              */
  FPU_IRQn                    = 81,     /*!< FPU global interrupt                                              */
  SPI4_IRQn                   = 84,     /*!< SPI4 global Interrupt                                             */
  SPI5_IRQn                   = 85      /*!< SPI5 global Interrupt                                             */
} IRQn_Type;

/**
  * @}
  */

#include "core_cm4_lite.h"         /* Cortex-M4 processor and core peripherals */
#include "system_stm32f4xx.h"
#include <stdint.h>

/** @addtogroup Peripheral_registers_structures
  * @{
  */

/**
  * @brief Analog to Digital Converter
  */
typedef struct
{
  __IO uint32_t SR;     /*!< ADC status register,                         Address offset: 0x00 */
  __IO uint32_t CR1;    /*!< ADC control register 1,                      Address offset: 0x04 */
  __IO uint32_t CR2;    /*!< ADC control register 2,                      Address offset: 0x08 */
  __IO uint32_t SMPR1;  /*!< ADC sample time register 1,                  Address offset: 0x0C */
  __IO uint32_t SMPR2;  /*!< ADC sample time register 2,                  Address offset: 0x10 */
  __IO uint32_t JOFR1;  /*!< ADC injected channel data offset register 1, Address offset: 0x14 */
  __IO uint32_t JOFR2;  /*!< ADC injected channel data offset register 2, Address offset: 0x18 */
  __IO uint32_t JOFR3;  /*!< ADC injected channel data offset register 3, Address offset: 0x1C */
  __IO uint32_t JOFR4;  /*!< ADC injected channel data offset register 4, Address offset: 0x20 */
  __IO uint32_t HTR;    /*!< ADC watchdog higher threshold register,      Address offset: 0x24 */
  __IO uint32_t LTR;    /*!< ADC watchdog lower threshold register,       Address offset: 0x28 */
  __IO uint32_t SQR1;   /*!< ADC regular sequence register 1,             Address offset: 0x2C */
  __IO uint32_t SQR2;   /*!< ADC regular sequence register 2,             Address offset: 0x30 */
  __IO uint32_t SQR3;   /*!< ADC regular sequence register 3,             Address offset: 0x34 */
  __IO uint32_t JSQR;   /*!< ADC injected sequence register,              Address offset: 0x38 */
  __IO uint32_t JDR1;   /*!< ADC injected data register 1,                Address offset: 0x3C */
  __IO uint32_t JDR2;   /*!< ADC injected data register 2,                Address offset: 0x40 */
  __IO uint32_t JDR3;   /*!< ADC injected data register 3,                Address offset: 0x44 */
  __IO uint32_t JDR4;   /*!< ADC injected data register 4,                Address offset: 0x48 */
  __IO uint32_t DR;     /*!< ADC regular data register,                   Address offset: 0x4C */
} ADC_TypeDef;

typedef struct
{
  __IO uint32_t CSR;    /*!< ADC Common status register,                  Address offset: ADC1 base address + 0x300 */
  __IO uint32_t CCR;    /*!< ADC common control register,                 Address offset: ADC1 base address + 0x304 */
  __IO uint32_t CDR;    /*!< ADC common regular data register for dual
                             AND triple modes,                            Address offset: ADC1 base address + 0x308 */
} ADC_Common_TypeDef;

/**
  * @brief CRC calculation unit
  */
typedef struct
{
  __IO uint32_t DR;         /*!< CRC Data register,             Address offset: 0x00 */
  __IO uint8_t  IDR;        /*!< CRC Independent data register, Address offset: 0x04 */
  uint8_t       RESERVED0;  /*!< Reserved, 0x05                                      */
  uint16_t      RESERVED1;  /*!< Reserved, 0x06                                      */
  __IO uint32_t CR;         /*!< CRC Control register,          Address offset: 0x08 */
} CRC_TypeDef;

/**
  * @brief Debug MCU
  */
typedef struct
{
  __IO uint32_t IDCODE;  /*!< MCU device ID code,               Address offset: 0x00 */
  __IO uint32_t CR;      /*!< Debug MCU configuration register, Address offset: 0x04 */
  __IO uint32_t APB1FZ;  /*!< Debug MCU APB1 freeze register,   Address offset: 0x08 */
  __IO uint32_t APB2FZ;  /*!< Debug MCU APB2 freeze register,   Address offset: 0x0C */
} DBGMCU_TypeDef;

/**
  * @brief DMA Controller
  */
typedef struct
{
  __IO uint32_t CR;     /*!< DMA stream x configuration register      */
  __IO uint32_t NDTR;   /*!< DMA stream x number of data register     */
  __IO uint32_t PAR;    /*!< DMA stream x peripheral address register */
  __IO uint32_t M0AR;   /*!< DMA stream x memory 0 address register   */
  __IO uint32_t M1AR;   /*!< DMA stream x memory 1 address register   */
  __IO uint32_t FCR;    /*!< DMA stream x FIFO control register       */
} DMA_Stream_TypeDef;

typedef struct
{
  __IO uint32_t LISR;   /*!< DMA low interrupt status register,      Address offset: 0x00 */
  __IO uint32_t HISR;   /*!< DMA high interrupt status register,     Address offset: 0x04 */
  __IO uint32_t LIFCR;  /*!< DMA low interrupt flag clear register,  Address offset: 0x08 */
  __IO uint32_t HIFCR;  /*!< DMA high interrupt flag clear register, Address offset: 0x0C */
} DMA_TypeDef;

/**
  * @brief External Interrupt/Event Controller
  */
typedef struct
{
  __IO uint32_t IMR;    /*!< EXTI Interrupt mask register,            Address offset: 0x00 */
  __IO uint32_t EMR;    /*!< EXTI Event mask register,                Address offset: 0x04 */
  __IO uint32_t RTSR;   /*!< EXTI Rising trigger selection register,  Address offset: 0x08 */
  __IO uint32_t FTSR;   /*!< EXTI Falling trigger selection register, Address offset: 0x0C */
  __IO uint32_t SWIER;  /*!< EXTI Software interrupt event register,  Address offset: 0x10 */
  __IO uint32_t PR;     /*!< EXTI Pending register,                   Address offset: 0x14 */
} EXTI_TypeDef;

/**
  * @brief FLASH Registers
  */
typedef struct
{
  __IO uint32_t ACR;      /*!< FLASH access control register,   Address offset: 0x00 */
  __IO uint32_t KEYR;     /*!< FLASH key register,              Address offset: 0x04 */
  __IO uint32_t OPTKEYR;  /*!< FLASH option key register,       Address offset: 0x08 */
  __IO uint32_t SR;       /*!< FLASH status register,           Address offset: 0x0C */
  __IO uint32_t CR;       /*!< FLASH control register,          Address offset: 0x10 */
  __IO uint32_t OPTCR;    /*!< FLASH option control register ,  Address offset: 0x14 */
} FLASH_TypeDef;

/**
  * @brief General Purpose I/O
  */
typedef struct
{
  __IO uint32_t MODER;    /*!< GPIO port mode register,               Address offset: 0x00      */
  __IO uint32_t OTYPER;   /*!< GPIO port output type register,        Address offset: 0x04      */
  __IO uint32_t OSPEEDR;  /*!< GPIO port output speed register,       Address offset: 0x08      */
  __IO uint32_t PUPDR;    /*!< GPIO port pull-up/pull-down register,  Address offset: 0x0C      */
  __IO uint32_t IDR;      /*!< GPIO port input data register,         Address offset: 0x10      */
  __IO uint32_t ODR;      /*!< GPIO port output data register,        Address offset: 0x14      */
  __IO uint32_t BSRR;     /*!< GPIO port bit set/reset register,      Address offset: 0x18      */
  __IO uint32_t LCKR;     /*!< GPIO port configuration lock register, Address offset: 0x1C      */
  __IO uint32_t AFR[2];   /*!< GPIO alternate function registers,     Address offset: 0x20-0x24 */
} GPIO_TypeDef;

/**
  * @brief System configuration controller
  */
typedef struct
{
  __IO uint32_t MEMRMP;       /*!< SYSCFG memory remap register,                      Address offset: 0x00      */
  __IO uint32_t PMC;          /*!< SYSCFG peripheral mode configuration register,     Address offset: 0x04      */
  __IO uint32_t EXTICR[4];    /*!< SYSCFG external interrupt configuration registers, Address offset: 0x08-0x14 */
  uint32_t      RESERVED[2];  /*!< Reserved, 0x18-0x1C                                                          */
  __IO uint32_t CMPCR;        /*!< SYSCFG Compensation cell control register,         Address offset: 0x20      */
} SYSCFG_TypeDef;

/**
  * @brief Inter-integrated Circuit Interface
  */
typedef struct
{
  __IO uint32_t CR1;    /*!< I2C Control register 1,     Address offset: 0x00 */
  __IO uint32_t CR2;    /*!< I2C Control register 2,     Address offset: 0x04 */
  __IO uint32_t OAR1;   /*!< I2C Own address register 1, Address offset: 0x08 */
  __IO uint32_t OAR2;   /*!< I2C Own address register 2, Address offset: 0x0C */
  __IO uint32_t DR;     /*!< I2C Data register,          Address offset: 0x10 */
  __IO uint32_t SR1;    /*!< I2C Status register 1,      Address offset: 0x14 */
  __IO uint32_t SR2;    /*!< I2C Status register 2,      Address offset: 0x18 */
  __IO uint32_t CCR;    /*!< I2C Clock control register, Address offset: 0x1C */
  __IO uint32_t TRISE;  /*!< I2C TRISE register,         Address offset: 0x20 */
  __IO uint32_t FLTR;   /*!< I2C FLTR register,          Address offset: 0x24 */
} I2C_TypeDef;

/**
  * @brief Independent WATCHDOG
  */
typedef struct
{
  __IO uint32_t KR;   /*!< IWDG Key register,       Address offset: 0x00 */
  __IO uint32_t PR;   /*!< IWDG Prescaler register, Address offset: 0x04 */
  __IO uint32_t RLR;  /*!< IWDG Reload register,    Address offset: 0x08 */
  __IO uint32_t SR;   /*!< IWDG Status register,    Address offset: 0x0C */
} IWDG_TypeDef;

/**
  * @brief Power Control
  */
typedef struct
{
  __IO uint32_t CR;   /*!< PWR power control register,        Address offset: 0x00 */
  __IO uint32_t CSR;  /*!< PWR power control/status register, Address offset: 0x04 */
} PWR_TypeDef;

/**
  * @brief Reset and Clock Control
  */
typedef struct
{
  __IO uint32_t CR;            /*!< RCC clock control register,                                  Address offset: 0x00 */
  __IO uint32_t PLLCFGR;       /*!< RCC PLL configuration register,                              Address offset: 0x04 */
  __IO uint32_t CFGR;          /*!< RCC clock configuration register,                            Address offset: 0x08 */
  __IO uint32_t CIR;           /*!< RCC clock interrupt register,                                Address offset: 0x0C */
  __IO uint32_t AHB1RSTR;      /*!< RCC AHB1 peripheral reset register,                          Address offset: 0x10 */
  __IO uint32_t AHB2RSTR;      /*!< RCC AHB2 peripheral reset register,                          Address offset: 0x14 */
  uint32_t      RESERVED0[2];  /*!< Reserved, 0x18-0x1C                                                               */
  __IO uint32_t APB1RSTR;      /*!< RCC APB1 peripheral reset register,                          Address offset: 0x20 */
  __IO uint32_t APB2RSTR;      /*!< RCC APB2 peripheral reset register,                          Address offset: 0x24 */
  uint32_t      RESERVED1[2];  /*!< Reserved, 0x28-0x2C                                                               */
  __IO uint32_t AHB1ENR;       /*!< RCC AHB1 peripheral clock register,                          Address offset: 0x30 */
  __IO uint32_t AHB2ENR;       /*!< RCC AHB2 peripheral clock register,                          Address offset: 0x34 */
  uint32_t      RESERVED2[2];  /*!< Reserved, 0x38-0x3C                                                               */
  __IO uint32_t APB1ENR;       /*!< RCC APB1 peripheral clock enable register,                   Address offset: 0x40 */
  __IO uint32_t APB2ENR;       /*!< RCC APB2 peripheral clock enable register,                   Address offset: 0x44 */
  uint32_t      RESERVED3[2];  /*!< Reserved, 0x48-0x4C                                                               */
  __IO uint32_t AHB1LPENR;     /*!< RCC AHB1 peripheral clock enable in low power mode register, Address offset: 0x50 */
  __IO uint32_t AHB2LPENR;     /*!< RCC AHB2 peripheral clock enable in low power mode register, Address offset: 0x54 */
  uint32_t      RESERVED4[2];  /*!< Reserved, 0x58-0x5C                                                               */
  __IO uint32_t APB1LPENR;     /*!< RCC APB1 peripheral clock enable in low power mode register, Address offset: 0x60 */
  __IO uint32_t APB2LPENR;     /*!< RCC APB2 peripheral clock enable in low power mode register, Address offset: 0x64 */
  uint32_t      RESERVED5[2];  /*!< Reserved, 0x68-0x6C                                                               */
  __IO uint32_t BDCR;          /*!< RCC Backup domain control register,                          Address offset: 0x70 */
  __IO uint32_t CSR;           /*!< RCC clock control & status register,                         Address offset: 0x74 */
  uint32_t      RESERVED6[2];  /*!< Reserved, 0x78-0x7C                                                               */
  __IO uint32_t SSCGR;         /*!< RCC spread spectrum clock generation register,               Address offset: 0x80 */
  __IO uint32_t PLLI2SCFGR;    /*!< RCC PLLI2S configuration register,                           Address offset: 0x84 */
  uint32_t      RESERVED7[1];  /*!< Reserved, 0x88                                                                    */
  __IO uint32_t DCKCFGR;       /*!< RCC Dedicated Clocks configuration register,                 Address offset: 0x8C */
} RCC_TypeDef;

/**
  * @brief Serial Peripheral Interface
  */
typedef struct
{
  __IO uint32_t CR1;      /*!< SPI control register 1 (not used in I2S mode),      Address offset: 0x00 */
  __IO uint32_t CR2;      /*!< SPI control register 2,                             Address offset: 0x04 */
  __IO uint32_t SR;       /*!< SPI status register,                                Address offset: 0x08 */
  __IO uint32_t DR;       /*!< SPI data register,                                  Address offset: 0x0C */
  __IO uint32_t CRCPR;    /*!< SPI CRC polynomial register (not used in I2S mode), Address offset: 0x10 */
  __IO uint32_t RXCRCR;   /*!< SPI RX CRC register (not used in I2S mode),         Address offset: 0x14 */
  __IO uint32_t TXCRCR;   /*!< SPI TX CRC register (not used in I2S mode),         Address offset: 0x18 */
  __IO uint32_t I2SCFGR;  /*!< SPI_I2S configuration register,                     Address offset: 0x1C */
  __IO uint32_t I2SPR;    /*!< SPI_I2S prescaler register,                         Address offset: 0x20 */
} SPI_TypeDef;

/**
  * @brief TIM
  */
typedef struct
{
  __IO uint32_t CR1;    /*!< TIM control register 1,              Address offset: 0x00 */
  __IO uint32_t CR2;    /*!< TIM control register 2,              Address offset: 0x04 */
  __IO uint32_t SMCR;   /*!< TIM slave mode control register,     Address offset: 0x08 */
  __IO uint32_t DIER;   /*!< TIM DMA/interrupt enable register,   Address offset: 0x0C */
  __IO uint32_t SR;     /*!< TIM status register,                 Address offset: 0x10 */
  __IO uint32_t EGR;    /*!< TIM event generation register,       Address offset: 0x14 */
  __IO uint32_t CCMR1;  /*!< TIM capture/compare mode register 1, Address offset: 0x18 */
  __IO uint32_t CCMR2;  /*!< TIM capture/compare mode register 2, Address offset: 0x1C */
  __IO uint32_t CCER;   /*!< TIM capture/compare enable register, Address offset: 0x20 */
  __IO uint32_t CNT;    /*!< TIM counter register,                Address offset: 0x24 */
  __IO uint32_t PSC;    /*!< TIM prescaler,                       Address offset: 0x28 */
  __IO uint32_t ARR;    /*!< TIM auto-reload register,            Address offset: 0x2C */
  __IO uint32_t RCR;    /*!< TIM repetition counter register,     Address offset: 0x30 */
  __IO uint32_t CCR1;   /*!< TIM capture/compare register 1,      Address offset: 0x34 */
  __IO uint32_t CCR2;   /*!< TIM capture/compare register 2,      Address offset: 0x38 */
  __IO uint32_t CCR3;   /*!< TIM capture/compare register 3,      Address offset: 0x3C */
  __IO uint32_t CCR4;   /*!< TIM capture/compare register 4,      Address offset: 0x40 */
  __IO uint32_t BDTR;   /*!< TIM break and dead-time register,    Address offset: 0x44 */
  __IO uint32_t DCR;    /*!< TIM DMA control register,            Address offset: 0x48 */
  __IO uint32_t DMAR;   /*!< TIM DMA address for full transfer,   Address offset: 0x4C */
  __IO uint32_t OR;     /*!< TIM option register,                 Address offset: 0x50 */
} TIM_TypeDef;

/**
  * @brief Universal Synchronous Asynchronous Receiver Transmitter
  */
typedef struct
{
  __IO uint32_t SR;    /*!< USART Status register,                   Address offset: 0x00 */
  __IO uint32_t DR;    /*!< USART Data register,                     Address offset: 0x04 */
  __IO uint32_t BRR;   /*!< USART Baud rate register,                Address offset: 0x08 */
  __IO uint32_t CR1;   /*!< USART Control register 1,                Address offset: 0x0C */
  __IO uint32_t CR2;   /*!< USART Control register 2,                Address offset: 0x10 */
  __IO uint32_t CR3;   /*!< USART Control register 3,                Address offset: 0x14 */
  __IO uint32_t GTPR;  /*!< USART Guard time and prescaler register, Address offset: 0x18 */
} USART_TypeDef;

/**
  * @brief Window WATCHDOG
  */
typedef struct
{
  __IO uint32_t CR;   /*!< WWDG Control register,       Address offset: 0x00 */
  __IO uint32_t CFR;  /*!< WWDG Configuration register, Address offset: 0x04 */
  __IO uint32_t SR;   /*!< WWDG Status register,        Address offset: 0x08 */
} WWDG_TypeDef;

/**
  * @}
  */

/** @addtogroup Peripheral_memory_map
  * @{
  */
#define FLASH_BASE            0x08000000UL /*!< FLASH (up to 512 KB) base address in the alias region  */
#define SRAM1_BASE            0x20000000UL /*!< SRAM1 (128 KB) base address in the alias region        */
#define PERIPH_BASE           0x40000000UL /*!< Peripheral base address in the alias region            */
#define SRAM1_BB_BASE         0x22000000UL /*!< SRAM1 (128 KB) base address in the bit-band region     */
#define PERIPH_BB_BASE        0x42000000UL /*!< Peripheral base address in the bit-band region         */
#define FLASH_END             0x0807FFFFUL /*!< FLASH end address                                      */
#define FLASH_OTP_BASE        0x1FFF7800UL /*!< Base address of : (up to 528 Bytes) embedded FLASH OTP Area */
#define FLASH_OTP_END         0x1FFF7A0FUL /*!< End address of : (up to 528 Bytes) embedded FLASH OTP Area  */

/* Legacy defines */
#define SRAM_BASE             SRAM1_BASE
#define SRAM_BB_BASE          SRAM1_BB_BASE

/*!< Peripheral memory map */
#define APB1PERIPH_BASE       PERIPH_BASE
#define APB2PERIPH_BASE       (PERIPH_BASE + 0x00010000UL)
#define AHB1PERIPH_BASE       (PERIPH_BASE + 0x00020000UL)
#define AHB2PERIPH_BASE       (PERIPH_BASE + 0x10000000UL)

/*!< APB1 peripherals */
#define TIM2_BASE             (APB1PERIPH_BASE + 0x0000UL)
#define TIM3_BASE             (APB1PERIPH_BASE + 0x0400UL)
#define TIM4_BASE             (APB1PERIPH_BASE + 0x0800UL)
#define TIM5_BASE             (APB1PERIPH_BASE + 0x0C00UL)
#define RTC_BASE              (APB1PERIPH_BASE + 0x2800UL)
#define WWDG_BASE             (APB1PERIPH_BASE + 0x2C00UL)
#define IWDG_BASE             (APB1PERIPH_BASE + 0x3000UL)
#define I2S2ext_BASE          (APB1PERIPH_BASE + 0x3400UL)
#define SPI2_BASE             (APB1PERIPH_BASE + 0x3800UL)
#define SPI3_BASE             (APB1PERIPH_BASE + 0x3C00UL)
#define I2S3ext_BASE          (APB1PERIPH_BASE + 0x4000UL)
#define USART2_BASE           (APB1PERIPH_BASE + 0x4400UL)
#define I2C1_BASE             (APB1PERIPH_BASE + 0x5400UL)
#define I2C2_BASE             (APB1PERIPH_BASE + 0x5800UL)
#define I2C3_BASE             (APB1PERIPH_BASE + 0x5C00UL)
#define PWR_BASE              (APB1PERIPH_BASE + 0x7000UL)

/*!< APB2 peripherals */
#define TIM1_BASE             (APB2PERIPH_BASE + 0x0000UL)
#define USART1_BASE           (APB2PERIPH_BASE + 0x1000UL)
#define USART6_BASE           (APB2PERIPH_BASE + 0x1400UL)
#define ADC1_BASE             (APB2PERIPH_BASE + 0x2000UL)
#define ADC1_COMMON_BASE      (APB2PERIPH_BASE + 0x2300UL)
/* Legacy define */
#define ADC_BASE               ADC1_COMMON_BASE
#define SDIO_BASE             (APB2PERIPH_BASE + 0x2C00UL)
#define SPI1_BASE             (APB2PERIPH_BASE + 0x3000UL)
#define SPI4_BASE             (APB2PERIPH_BASE + 0x3400UL)
#define SYSCFG_BASE           (APB2PERIPH_BASE + 0x3800UL)
#define EXTI_BASE             (APB2PERIPH_BASE + 0x3C00UL)
#define TIM9_BASE             (APB2PERIPH_BASE + 0x4000UL)
#define TIM10_BASE            (APB2PERIPH_BASE + 0x4400UL)
#define TIM11_BASE            (APB2PERIPH_BASE + 0x4800UL)
#define SPI5_BASE             (APB2PERIPH_BASE + 0x5000UL)

/*!< AHB1 peripherals */
#define GPIOA_BASE            (AHB1PERIPH_BASE + 0x0000UL)
#define GPIOB_BASE            (AHB1PERIPH_BASE + 0x0400UL)
#define GPIOC_BASE            (AHB1PERIPH_BASE + 0x0800UL)
#define GPIOD_BASE            (AHB1PERIPH_BASE + 0x0C00UL)
#define GPIOE_BASE            (AHB1PERIPH_BASE + 0x1000UL)
#define GPIOH_BASE            (AHB1PERIPH_BASE + 0x1C00UL)
#define CRC_BASE              (AHB1PERIPH_BASE + 0x3000UL)
#define RCC_BASE              (AHB1PERIPH_BASE + 0x3800UL)
#define FLASH_R_BASE          (AHB1PERIPH_BASE + 0x3C00UL)
#define DMA1_BASE             (AHB1PERIPH_BASE + 0x6000UL)
#define DMA1_Stream0_BASE     (DMA1_BASE + 0x010UL)
#define DMA1_Stream1_BASE     (DMA1_BASE + 0x028UL)
#define DMA1_Stream2_BASE     (DMA1_BASE + 0x040UL)
#define DMA1_Stream3_BASE     (DMA1_BASE + 0x058UL)
#define DMA1_Stream4_BASE     (DMA1_BASE + 0x070UL)
#define DMA1_Stream5_BASE     (DMA1_BASE + 0x088UL)
#define DMA1_Stream6_BASE     (DMA1_BASE + 0x0A0UL)
#define DMA1_Stream7_BASE     (DMA1_BASE + 0x0B8UL)
#define DMA2_BASE             (AHB1PERIPH_BASE + 0x6400UL)
#define DMA2_Stream0_BASE     (DMA2_BASE + 0x010UL)
#define DMA2_Stream1_BASE     (DMA2_BASE + 0x028UL)
#define DMA2_Stream2_BASE     (DMA2_BASE + 0x040UL)
#define DMA2_Stream3_BASE     (DMA2_BASE + 0x058UL)
#define DMA2_Stream4_BASE     (DMA2_BASE + 0x070UL)
#define DMA2_Stream5_BASE     (DMA2_BASE + 0x088UL)
#define DMA2_Stream6_BASE     (DMA2_BASE + 0x0A0UL)
#define DMA2_Stream7_BASE     (DMA2_BASE + 0x0B8UL)

/*!< AHB2 peripherals */
#define USB_OTG_FS_PERIPH_BASE  0x50000000UL

/*!< Debug MCU registers base address */
#define DBGMCU_BASE           0xE0042000UL

#define UID_BASE              0x1FFF7A10UL  /*!< Unique device ID register base address */
#define FLASHSIZE_BASE        0x1FFF7A22UL  /*!< FLASH Size register base address       */
#define PACKAGE_BASE          0x1FFF7BF0UL  /*!< Package size register base address     */
/**
  * @}
  */

/** @addtogroup Peripheral_declaration
  * @{
  */
#define TIM2                ((TIM_TypeDef *) TIM2_BASE)
#define TIM3                ((TIM_TypeDef *) TIM3_BASE)
#define TIM4                ((TIM_TypeDef *) TIM4_BASE)
#define TIM5                ((TIM_TypeDef *) TIM5_BASE)
#define WWDG                ((WWDG_TypeDef *) WWDG_BASE)
#define IWDG                ((IWDG_TypeDef *) IWDG_BASE)
#define I2S2ext             ((SPI_TypeDef *) I2S2ext_BASE)
#define SPI2                ((SPI_TypeDef *) SPI2_BASE)
#define SPI3                ((SPI_TypeDef *) SPI3_BASE)
#define I2S3ext             ((SPI_TypeDef *) I2S3ext_BASE)
#define USART2              ((USART_TypeDef *) USART2_BASE)
#define I2C1                ((I2C_TypeDef *) I2C1_BASE)
#define I2C2                ((I2C_TypeDef *) I2C2_BASE)
#define I2C3                ((I2C_TypeDef *) I2C3_BASE)
#define PWR                 ((PWR_TypeDef *) PWR_BASE)
#define TIM1                ((TIM_TypeDef *) TIM1_BASE)
#define USART1              ((USART_TypeDef *) USART1_BASE)
#define USART6              ((USART_TypeDef *) USART6_BASE)
#define ADC1                ((ADC_TypeDef *) ADC1_BASE)
#define ADC1_COMMON         ((ADC_Common_TypeDef *) ADC1_COMMON_BASE)
#define SPI1                ((SPI_TypeDef *) SPI1_BASE)
#define SPI4                ((SPI_TypeDef *) SPI4_BASE)
#define SYSCFG              ((SYSCFG_TypeDef *) SYSCFG_BASE)
#define EXTI                ((EXTI_TypeDef *) EXTI_BASE)
#define TIM9                ((TIM_TypeDef *) TIM9_BASE)
#define TIM10               ((TIM_TypeDef *) TIM10_BASE)
#define TIM11               ((TIM_TypeDef *) TIM11_BASE)
#define SPI5                ((SPI_TypeDef *) SPI5_BASE)
#define GPIOA               ((GPIO_TypeDef *) GPIOA_BASE)
#define GPIOB               ((GPIO_TypeDef *) GPIOB_BASE)
#define GPIOC               ((GPIO_TypeDef *) GPIOC_BASE)
#define GPIOD               ((GPIO_TypeDef *) GPIOD_BASE)
#define GPIOE               ((GPIO_TypeDef *) GPIOE_BASE)
#define GPIOH               ((GPIO_TypeDef *) GPIOH_BASE)
#define CRC                 ((CRC_TypeDef *) CRC_BASE)
#define RCC                 ((RCC_TypeDef *) RCC_BASE)
#define FLASH               ((FLASH_TypeDef *) FLASH_R_BASE)
#define DMA1                ((DMA_TypeDef *) DMA1_BASE)
#define DMA1_Stream0        ((DMA_Stream_TypeDef *) DMA1_Stream0_BASE)
#define DMA1_Stream1        ((DMA_Stream_TypeDef *) DMA1_Stream1_BASE)
#define DMA1_Stream2        ((DMA_Stream_TypeDef *) DMA1_Stream2_BASE)
#define DMA1_Stream3        ((DMA_Stream_TypeDef *) DMA1_Stream3_BASE)
#define DMA1_Stream4        ((DMA_Stream_TypeDef *) DMA1_Stream4_BASE)
#define DMA1_Stream5        ((DMA_Stream_TypeDef *) DMA1_Stream5_BASE)
#define DMA1_Stream6        ((DMA_Stream_TypeDef *) DMA1_Stream6_BASE)
#define DMA1_Stream7        ((DMA_Stream_TypeDef *) DMA1_Stream7_BASE)
#define DMA2                ((DMA_TypeDef *) DMA2_BASE)
#define DMA2_Stream0        ((DMA_Stream_TypeDef *) DMA2_Stream0_BASE)
#define DMA2_Stream1        ((DMA_Stream_TypeDef *) DMA2_Stream1_BASE)
#define DMA2_Stream2        ((DMA_Stream_TypeDef *) DMA2_Stream2_BASE)
#define DMA2_Stream3        ((DMA_Stream_TypeDef *) DMA2_Stream3_BASE)
#define DMA2_Stream4        ((DMA_Stream_TypeDef *) DMA2_Stream4_BASE)
#define DMA2_Stream5        ((DMA_Stream_TypeDef *) DMA2_Stream5_BASE)
#define DMA2_Stream6        ((DMA_Stream_TypeDef *) DMA2_Stream6_BASE)
#define DMA2_Stream7        ((DMA_Stream_TypeDef *) DMA2_Stream7_BASE)
#define DBGMCU              ((DBGMCU_TypeDef *) DBGMCU_BASE)

/**
  * @}
  */

/** @addtogroup Exported_constants
  * @{
  */

/** @addtogroup Peripheral_Registers_Bits_Definition
  * @{
  */

/******************************************************************************/
/*                                                                            */
/*                          Reset and Clock Control                           */
/*                                                                            */
/******************************************************************************/

/*********************  Bit definition for RCC_CR register  *********************/
#define RCC_CR_HSION_Pos                         (0U)
#define RCC_CR_HSION_Msk                         (0x1UL << RCC_CR_HSION_Pos)           /*!< 0x00000001 */
#define RCC_CR_HSION                             RCC_CR_HSION_Msk
#define RCC_CR_HSIRDY_Pos                        (1U)
#define RCC_CR_HSIRDY_Msk                        (0x1UL << RCC_CR_HSIRDY_Pos)          /*!< 0x00000002 */
#define RCC_CR_HSIRDY                            RCC_CR_HSIRDY_Msk
#define RCC_CR_HSITRIM_Pos                       (3U)
#define RCC_CR_HSITRIM_Msk                       (0x1FUL << RCC_CR_HSITRIM_Pos)        /*!< 0x000000F8 */
#define RCC_CR_HSITRIM                           RCC_CR_HSITRIM_Msk
#define RCC_CR_HSITRIM_0                         (0x1UL << RCC_CR_HSITRIM_Pos)         /*!< 0x00000008 */
#define RCC_CR_HSITRIM_1                         (0x2UL << RCC_CR_HSITRIM_Pos)         /*!< 0x00000010 */
#define RCC_CR_HSITRIM_2                         (0x4UL << RCC_CR_HSITRIM_Pos)         /*!< 0x00000020 */
#define RCC_CR_HSITRIM_3                         (0x8UL << RCC_CR_HSITRIM_Pos)         /*!< 0x00000040 */
#define RCC_CR_HSITRIM_4                         (0x10UL << RCC_CR_HSITRIM_Pos)        /*!< 0x00000080 */
#define RCC_CR_HSICAL_Pos                        (8U)
#define RCC_CR_HSICAL_Msk                        (0xFFUL << RCC_CR_HSICAL_Pos)         /*!< 0x0000FF00 */
#define RCC_CR_HSICAL                            RCC_CR_HSICAL_Msk
#define RCC_CR_HSEON_Pos                         (16U)
#define RCC_CR_HSEON_Msk                         (0x1UL << RCC_CR_HSEON_Pos)           /*!< 0x00010000 */
#define RCC_CR_HSEON                             RCC_CR_HSEON_Msk
#define RCC_CR_HSERDY_Pos                        (17U)
#define RCC_CR_HSERDY_Msk                        (0x1UL << RCC_CR_HSERDY_Pos)          /*!< 0x00020000 */
#define RCC_CR_HSERDY                            RCC_CR_HSERDY_Msk
#define RCC_CR_HSEBYP_Pos                        (18U)
#define RCC_CR_HSEBYP_Msk                        (0x1UL << RCC_CR_HSEBYP_Pos)          /*!< 0x00040000 */
#define RCC_CR_HSEBYP                            RCC_CR_HSEBYP_Msk
#define RCC_CR_CSSON_Pos                         (19U)
#define RCC_CR_CSSON_Msk                         (0x1UL << RCC_CR_CSSON_Pos)           /*!< 0x00080000 */
#define RCC_CR_CSSON                             RCC_CR_CSSON_Msk
#define RCC_CR_PLLON_Pos                         (24U)
#define RCC_CR_PLLON_Msk                         (0x1UL << RCC_CR_PLLON_Pos)           /*!< 0x01000000 */
#define RCC_CR_PLLON                             RCC_CR_PLLON_Msk
#define RCC_CR_PLLRDY_Pos                        (25U)
#define RCC_CR_PLLRDY_Msk                        (0x1UL << RCC_CR_PLLRDY_Pos)          /*!< 0x02000000 */
#define RCC_CR_PLLRDY                            RCC_CR_PLLRDY_Msk
#define RCC_CR_PLLI2SON_Pos                      (26U)
#define RCC_CR_PLLI2SON_Msk                      (0x1UL << RCC_CR_PLLI2SON_Pos)        /*!< 0x04000000 */
#define RCC_CR_PLLI2SON                          RCC_CR_PLLI2SON_Msk
#define RCC_CR_PLLI2SRDY_Pos                     (27U)
#define RCC_CR_PLLI2SRDY_Msk                     (0x1UL << RCC_CR_PLLI2SRDY_Pos)       /*!< 0x08000000 */
#define RCC_CR_PLLI2SRDY                         RCC_CR_PLLI2SRDY_Msk

/******************  Bit definition for RCC_PLLCFGR register  *******************/
#define RCC_PLLCFGR_PLLM_Pos                     (0U)
#define RCC_PLLCFGR_PLLM_Msk                     (0x3FUL << RCC_PLLCFGR_PLLM_Pos)      /*!< 0x0000003F */
#define RCC_PLLCFGR_PLLM                         RCC_PLLCFGR_PLLM_Msk
#define RCC_PLLCFGR_PLLN_Pos                     (6U)
#define RCC_PLLCFGR_PLLN_Msk                     (0x1FFUL << RCC_PLLCFGR_PLLN_Pos)     /*!< 0x00007FC0 */
#define RCC_PLLCFGR_PLLN                         RCC_PLLCFGR_PLLN_Msk
#define RCC_PLLCFGR_PLLP_Pos                     (16U)
#define RCC_PLLCFGR_PLLP_Msk                     (0x3UL << RCC_PLLCFGR_PLLP_Pos)       /*!< 0x00030000 */
#define RCC_PLLCFGR_PLLP                         RCC_PLLCFGR_PLLP_Msk
#define RCC_PLLCFGR_PLLP_0                       (0x1UL << RCC_PLLCFGR_PLLP_Pos)       /*!< 0x00010000 */
#define RCC_PLLCFGR_PLLP_1                       (0x2UL << RCC_PLLCFGR_PLLP_Pos)       /*!< 0x00020000 */
#define RCC_PLLCFGR_PLLSRC_Pos                   (22U)
#define RCC_PLLCFGR_PLLSRC_Msk                   (0x1UL << RCC_PLLCFGR_PLLSRC_Pos)     /*!< 0x00400000 */
#define RCC_PLLCFGR_PLLSRC                       RCC_PLLCFGR_PLLSRC_Msk
#define RCC_PLLCFGR_PLLQ_Pos                     (24U)
#define RCC_PLLCFGR_PLLQ_Msk                     (0xFUL << RCC_PLLCFGR_PLLQ_Pos)       /*!< 0x0F000000 */
#define RCC_PLLCFGR_PLLQ                         RCC_PLLCFGR_PLLQ_Msk
#define RCC_PLLCFGR_PLLQ_0                       (0x1UL << RCC_PLLCFGR_PLLQ_Pos)       /*!< 0x01000000 */
#define RCC_PLLCFGR_PLLQ_1                       (0x2UL << RCC_PLLCFGR_PLLQ_Pos)       /*!< 0x02000000 */
#define RCC_PLLCFGR_PLLQ_2                       (0x4UL << RCC_PLLCFGR_PLLQ_Pos)       /*!< 0x04000000 */
#define RCC_PLLCFGR_PLLQ_3                       (0x8UL << RCC_PLLCFGR_PLLQ_Pos)       /*!< 0x08000000 */

/********************  Bit definition for RCC_CFGR register  ********************/
#define RCC_CFGR_SW_Pos                          (0U)
#define RCC_CFGR_SW_Msk                          (0x3UL << RCC_CFGR_SW_Pos)            /*!< 0x00000003 */
#define RCC_CFGR_SW                              RCC_CFGR_SW_Msk
#define RCC_CFGR_SW_0                            (0x1UL << RCC_CFGR_SW_Pos)            /*!< 0x00000001 */
#define RCC_CFGR_SW_1                            (0x2UL << RCC_CFGR_SW_Pos)            /*!< 0x00000002 */
#define RCC_CFGR_SWS_Pos                         (2U)
#define RCC_CFGR_SWS_Msk                         (0x3UL << RCC_CFGR_SWS_Pos)           /*!< 0x0000000C */
#define RCC_CFGR_SWS                             RCC_CFGR_SWS_Msk
#define RCC_CFGR_SWS_0                           (0x1UL << RCC_CFGR_SWS_Pos)           /*!< 0x00000004 */
#define RCC_CFGR_SWS_1                           (0x2UL << RCC_CFGR_SWS_Pos)           /*!< 0x00000008 */
#define RCC_CFGR_HPRE_Pos                        (4U)
#define RCC_CFGR_HPRE_Msk                        (0xFUL << RCC_CFGR_HPRE_Pos)          /*!< 0x000000F0 */
#define RCC_CFGR_HPRE                            RCC_CFGR_HPRE_Msk
#define RCC_CFGR_HPRE_0                          (0x1UL << RCC_CFGR_HPRE_Pos)          /*!< 0x00000010 */
#define RCC_CFGR_HPRE_1                          (0x2UL << RCC_CFGR_HPRE_Pos)          /*!< 0x00000020 */
#define RCC_CFGR_HPRE_2                          (0x4UL << RCC_CFGR_HPRE_Pos)          /*!< 0x00000040 */
#define RCC_CFGR_HPRE_3                          (0x8UL << RCC_CFGR_HPRE_Pos)          /*!< 0x00000080 */
#define RCC_CFGR_PPRE1_Pos                       (10U)
#define RCC_CFGR_PPRE1_Msk                       (0x7UL << RCC_CFGR_PPRE1_Pos)         /*!< 0x00001C00 */
#define RCC_CFGR_PPRE1                           RCC_CFGR_PPRE1_Msk
#define RCC_CFGR_PPRE1_0                         (0x1UL << RCC_CFGR_PPRE1_Pos)         /*!< 0x00000400 */
#define RCC_CFGR_PPRE1_1                         (0x2UL << RCC_CFGR_PPRE1_Pos)         /*!< 0x00000800 */
#define RCC_CFGR_PPRE1_2                         (0x4UL << RCC_CFGR_PPRE1_Pos)         /*!< 0x00001000 */
#define RCC_CFGR_PPRE2_Pos                       (13U)
#define RCC_CFGR_PPRE2_Msk                       (0x7UL << RCC_CFGR_PPRE2_Pos)         /*!< 0x0000E000 */
#define RCC_CFGR_PPRE2                           RCC_CFGR_PPRE2_Msk
#define RCC_CFGR_PPRE2_0                         (0x1UL << RCC_CFGR_PPRE2_Pos)         /*!< 0x00002000 */
#define RCC_CFGR_PPRE2_1                         (0x2UL << RCC_CFGR_PPRE2_Pos)         /*!< 0x00004000 */
#define RCC_CFGR_PPRE2_2                         (0x4UL << RCC_CFGR_PPRE2_Pos)         /*!< 0x00008000 */
#define RCC_CFGR_RTCPRE_Pos                      (16U)
#define RCC_CFGR_RTCPRE_Msk                      (0x1FUL << RCC_CFGR_RTCPRE_Pos)       /*!< 0x001F0000 */
#define RCC_CFGR_RTCPRE                          RCC_CFGR_RTCPRE_Msk
#define RCC_CFGR_RTCPRE_0                        (0x1UL << RCC_CFGR_RTCPRE_Pos)        /*!< 0x00010000 */
#define RCC_CFGR_RTCPRE_1                        (0x2UL << RCC_CFGR_RTCPRE_Pos)        /*!< 0x00020000 */
#define RCC_CFGR_RTCPRE_2                        (0x4UL << RCC_CFGR_RTCPRE_Pos)        /*!< 0x00040000 */
#define RCC_CFGR_RTCPRE_3                        (0x8UL << RCC_CFGR_RTCPRE_Pos)        /*!< 0x00080000 */
#define RCC_CFGR_RTCPRE_4                        (0x10UL << RCC_CFGR_RTCPRE_Pos)       /*!< 0x00100000 */
#define RCC_CFGR_MCO1_Pos                        (21U)
#define RCC_CFGR_MCO1_Msk                        (0x3UL << RCC_CFGR_MCO1_Pos)          /*!< 0x00600000 */
#define RCC_CFGR_MCO1                            RCC_CFGR_MCO1_Msk
#define RCC_CFGR_MCO1_0                          (0x1UL << RCC_CFGR_MCO1_Pos)          /*!< 0x00200000 */
#define RCC_CFGR_MCO1_1                          (0x2UL << RCC_CFGR_MCO1_Pos)          /*!< 0x00400000 */
#define RCC_CFGR_I2SSRC_Pos                      (23U)
#define RCC_CFGR_I2SSRC_Msk                      (0x1UL << RCC_CFGR_I2SSRC_Pos)        /*!< 0x00800000 */
#define RCC_CFGR_I2SSRC                          RCC_CFGR_I2SSRC_Msk
#define RCC_CFGR_MCO1PRE_Pos                     (24U)
#define RCC_CFGR_MCO1PRE_Msk                     (0x7UL << RCC_CFGR_MCO1PRE_Pos)       /*!< 0x07000000 */
#define RCC_CFGR_MCO1PRE                         RCC_CFGR_MCO1PRE_Msk
#define RCC_CFGR_MCO1PRE_0                       (0x1UL << RCC_CFGR_MCO1PRE_Pos)       /*!< 0x01000000 */
#define RCC_CFGR_MCO1PRE_1                       (0x2UL << RCC_CFGR_MCO1PRE_Pos)       /*!< 0x02000000 */
#define RCC_CFGR_MCO1PRE_2                       (0x4UL << RCC_CFGR_MCO1PRE_Pos)       /*!< 0x04000000 */
#define RCC_CFGR_MCO2PRE_Pos                     (27U)
#define RCC_CFGR_MCO2PRE_Msk                     (0x7UL << RCC_CFGR_MCO2PRE_Pos)       /*!< 0x38000000 */
#define RCC_CFGR_MCO2PRE                         RCC_CFGR_MCO2PRE_Msk
#define RCC_CFGR_MCO2PRE_0                       (0x1UL << RCC_CFGR_MCO2PRE_Pos)       /*!< 0x08000000 */
#define RCC_CFGR_MCO2PRE_1                       (0x2UL << RCC_CFGR_MCO2PRE_Pos)       /*!< 0x10000000 */
#define RCC_CFGR_MCO2PRE_2                       (0x4UL << RCC_CFGR_MCO2PRE_Pos)       /*!< 0x20000000 */
#define RCC_CFGR_MCO2_Pos                        (30U)
#define RCC_CFGR_MCO2_Msk                        (0x3UL << RCC_CFGR_MCO2_Pos)          /*!< 0xC0000000 */
#define RCC_CFGR_MCO2                            RCC_CFGR_MCO2_Msk
#define RCC_CFGR_MCO2_0                          (0x1UL << RCC_CFGR_MCO2_Pos)          /*!< 0x40000000 */
#define RCC_CFGR_MCO2_1                          (0x2UL << RCC_CFGR_MCO2_Pos)          /*!< 0x80000000 */

/********************  Bit definition for RCC_CIR register  *********************/
#define RCC_CIR_LSIRDYF_Pos                      (0U)
#define RCC_CIR_LSIRDYF_Msk                      (0x1UL << RCC_CIR_LSIRDYF_Pos)        /*!< 0x00000001 */
#define RCC_CIR_LSIRDYF                          RCC_CIR_LSIRDYF_Msk
#define RCC_CIR_LSERDYF_Pos                      (1U)
#define RCC_CIR_LSERDYF_Msk                      (0x1UL << RCC_CIR_LSERDYF_Pos)        /*!< 0x00000002 */
#define RCC_CIR_LSERDYF                          RCC_CIR_LSERDYF_Msk
#define RCC_CIR_HSIRDYF_Pos                      (2U)
#define RCC_CIR_HSIRDYF_Msk                      (0x1UL << RCC_CIR_HSIRDYF_Pos)        /*!< 0x00000004 */
#define RCC_CIR_HSIRDYF                          RCC_CIR_HSIRDYF_Msk
#define RCC_CIR_HSERDYF_Pos                      (3U)
#define RCC_CIR_HSERDYF_Msk                      (0x1UL << RCC_CIR_HSERDYF_Pos)        /*!< 0x00000008 */
#define RCC_CIR_HSERDYF                          RCC_CIR_HSERDYF_Msk
#define RCC_CIR_PLLRDYF_Pos                      (4U)
#define RCC_CIR_PLLRDYF_Msk                      (0x1UL << RCC_CIR_PLLRDYF_Pos)        /*!< 0x00000010 */
#define RCC_CIR_PLLRDYF                          RCC_CIR_PLLRDYF_Msk
#define RCC_CIR_PLLI2SRDYF_Pos                   (5U)
#define RCC_CIR_PLLI2SRDYF_Msk                   (0x1UL << RCC_CIR_PLLI2SRDYF_Pos)     /*!< 0x00000020 */
#define RCC_CIR_PLLI2SRDYF                       RCC_CIR_PLLI2SRDYF_Msk
#define RCC_CIR_CSSF_Pos                         (7U)
#define RCC_CIR_CSSF_Msk                         (0x1UL << RCC_CIR_CSSF_Pos)           /*!< 0x00000080 */
#define RCC_CIR_CSSF                             RCC_CIR_CSSF_Msk
#define RCC_CIR_LSIRDYIE_Pos                     (8U)
#define RCC_CIR_LSIRDYIE_Msk                     (0x1UL << RCC_CIR_LSIRDYIE_Pos)       /*!< 0x00000100 */
#define RCC_CIR_LSIRDYIE                         RCC_CIR_LSIRDYIE_Msk
#define RCC_CIR_LSERDYIE_Pos                     (9U)
#define RCC_CIR_LSERDYIE_Msk                     (0x1UL << RCC_CIR_LSERDYIE_Pos)       /*!< 0x00000200 */
#define RCC_CIR_LSERDYIE                         RCC_CIR_LSERDYIE_Msk
#define RCC_CIR_HSIRDYIE_Pos                     (10U)
#define RCC_CIR_HSIRDYIE_Msk                     (0x1UL << RCC_CIR_HSIRDYIE_Pos)       /*!< 0x00000400 */
#define RCC_CIR_HSIRDYIE                         RCC_CIR_HSIRDYIE_Msk
#define RCC_CIR_HSERDYIE_Pos                     (11U)
#define RCC_CIR_HSERDYIE_Msk                     (0x1UL << RCC_CIR_HSERDYIE_Pos)       /*!< 0x00000800 */
#define RCC_CIR_HSERDYIE                         RCC_CIR_HSERDYIE_Msk
#define RCC_CIR_PLLRDYIE_Pos                     (12U)
#define RCC_CIR_PLLRDYIE_Msk                     (0x1UL << RCC_CIR_PLLRDYIE_Pos)       /*!< 0x00001000 */
#define RCC_CIR_PLLRDYIE                         RCC_CIR_PLLRDYIE_Msk
#define RCC_CIR_PLLI2SRDYIE_Pos                  (13U)
#define RCC_CIR_PLLI2SRDYIE_Msk                  (0x1UL << RCC_CIR_PLLI2SRDYIE_Pos)    /*!< 0x00002000 */
#define RCC_CIR_PLLI2SRDYIE                      RCC_CIR_PLLI2SRDYIE_Msk
#define RCC_CIR_LSIRDYC_Pos                      (16U)
#define RCC_CIR_LSIRDYC_Msk                      (0x1UL << RCC_CIR_LSIRDYC_Pos)        /*!< 0x00010000 */
#define RCC_CIR_LSIRDYC                          RCC_CIR_LSIRDYC_Msk
#define RCC_CIR_LSERDYC_Pos                      (17U)
#define RCC_CIR_LSERDYC_Msk                      (0x1UL << RCC_CIR_LSERDYC_Pos)        /*!< 0x00020000 */
#define RCC_CIR_LSERDYC                          RCC_CIR_LSERDYC_Msk
#define RCC_CIR_HSIRDYC_Pos                      (18U)
#define RCC_CIR_HSIRDYC_Msk                      (0x1UL << RCC_CIR_HSIRDYC_Pos)        /*!< 0x00040000 */
#define RCC_CIR_HSIRDYC                          RCC_CIR_HSIRDYC_Msk
#define RCC_CIR_HSERDYC_Pos                      (19U)
#define RCC_CIR_HSERDYC_Msk                      (0x1UL << RCC_CIR_HSERDYC_Pos)        /*!< 0x00080000 */
#define RCC_CIR_HSERDYC                          RCC_CIR_HSERDYC_Msk
#define RCC_CIR_PLLRDYC_Pos                      (20U)
#define RCC_CIR_PLLRDYC_Msk                      (0x1UL << RCC_CIR_PLLRDYC_Pos)        /*!< 0x00100000 */
#define RCC_CIR_PLLRDYC                          RCC_CIR_PLLRDYC_Msk
#define RCC_CIR_PLLI2SRDYC_Pos                   (21U)
#define RCC_CIR_PLLI2SRDYC_Msk                   (0x1UL << RCC_CIR_PLLI2SRDYC_Pos)     /*!< 0x00200000 */
#define RCC_CIR_PLLI2SRDYC                       RCC_CIR_PLLI2SRDYC_Msk
#define RCC_CIR_CSSC_Pos                         (23U)
#define RCC_CIR_CSSC_Msk                         (0x1UL << RCC_CIR_CSSC_Pos)           /*!< 0x00800000 */
#define RCC_CIR_CSSC                             RCC_CIR_CSSC_Msk

/******************  Bit definition for RCC_AHB1RSTR register  ******************/
#define RCC_AHB1RSTR_GPIOARST_Pos                (0U)
#define RCC_AHB1RSTR_GPIOARST_Msk                (0x1UL << RCC_AHB1RSTR_GPIOARST_Pos)  /*!< 0x00000001 */
#define RCC_AHB1RSTR_GPIOARST                    RCC_AHB1RSTR_GPIOARST_Msk
#define RCC_AHB1RSTR_GPIOBRST_Pos                (1U)
#define RCC_AHB1RSTR_GPIOBRST_Msk                (0x1UL << RCC_AHB1RSTR_GPIOBRST_Pos)  /*!< 0x00000002 */
#define RCC_AHB1RSTR_GPIOBRST                    RCC_AHB1RSTR_GPIOBRST_Msk
#define RCC_AHB1RSTR_GPIOCRST_Pos                (2U)
#define RCC_AHB1RSTR_GPIOCRST_Msk                (0x1UL << RCC_AHB1RSTR_GPIOCRST_Pos)  /*!< 0x00000004 */
#define RCC_AHB1RSTR_GPIOCRST                    RCC_AHB1RSTR_GPIOCRST_Msk
#define RCC_AHB1RSTR_GPIODRST_Pos                (3U)
#define RCC_AHB1RSTR_GPIODRST_Msk                (0x1UL << RCC_AHB1RSTR_GPIODRST_Pos)  /*!< 0x00000008 */
#define RCC_AHB1RSTR_GPIODRST                    RCC_AHB1RSTR_GPIODRST_Msk
#define RCC_AHB1RSTR_GPIOERST_Pos                (4U)
#define RCC_AHB1RSTR_GPIOERST_Msk                (0x1UL << RCC_AHB1RSTR_GPIOERST_Pos)  /*!< 0x00000010 */
#define RCC_AHB1RSTR_GPIOERST                    RCC_AHB1RSTR_GPIOERST_Msk
#define RCC_AHB1RSTR_GPIOHRST_Pos                (7U)
#define RCC_AHB1RSTR_GPIOHRST_Msk                (0x1UL << RCC_AHB1RSTR_GPIOHRST_Pos)  /*!< 0x00000080 */
#define RCC_AHB1RSTR_GPIOHRST                    RCC_AHB1RSTR_GPIOHRST_Msk
#define RCC_AHB1RSTR_CRCRST_Pos                  (12U)
#define RCC_AHB1RSTR_CRCRST_Msk                  (0x1UL << RCC_AHB1RSTR_CRCRST_Pos)    /*!< 0x00001000 */
#define RCC_AHB1RSTR_CRCRST                      RCC_AHB1RSTR_CRCRST_Msk
#define RCC_AHB1RSTR_DMA1RST_Pos                 (21U)
#define RCC_AHB1RSTR_DMA1RST_Msk                 (0x1UL << RCC_AHB1RSTR_DMA1RST_Pos)   /*!< 0x00200000 */
#define RCC_AHB1RSTR_DMA1RST                     RCC_AHB1RSTR_DMA1RST_Msk
#define RCC_AHB1RSTR_DMA2RST_Pos                 (22U)
#define RCC_AHB1RSTR_DMA2RST_Msk                 (0x1UL << RCC_AHB1RSTR_DMA2RST_Pos)   /*!< 0x00400000 */
#define RCC_AHB1RSTR_DMA2RST                     RCC_AHB1RSTR_DMA2RST_Msk

/******************  Bit definition for RCC_AHB2RSTR register  ******************/
#define RCC_AHB2RSTR_OTGFSRST_Pos                (7U)
#define RCC_AHB2RSTR_OTGFSRST_Msk                (0x1UL << RCC_AHB2RSTR_OTGFSRST_Pos)  /*!< 0x00000080 */
#define RCC_AHB2RSTR_OTGFSRST                    RCC_AHB2RSTR_OTGFSRST_Msk

/******************  Bit definition for RCC_APB1RSTR register  ******************/
#define RCC_APB1RSTR_TIM2RST_Pos                 (0U)
#define RCC_APB1RSTR_TIM2RST_Msk                 (0x1UL << RCC_APB1RSTR_TIM2RST_Pos)   /*!< 0x00000001 */
#define RCC_APB1RSTR_TIM2RST                     RCC_APB1RSTR_TIM2RST_Msk
#define RCC_APB1RSTR_TIM3RST_Pos                 (1U)
#define RCC_APB1RSTR_TIM3RST_Msk                 (0x1UL << RCC_APB1RSTR_TIM3RST_Pos)   /*!< 0x00000002 */
#define RCC_APB1RSTR_TIM3RST                     RCC_APB1RSTR_TIM3RST_Msk
#define RCC_APB1RSTR_TIM4RST_Pos                 (2U)
#define RCC_APB1RSTR_TIM4RST_Msk                 (0x1UL << RCC_APB1RSTR_TIM4RST_Pos)   /*!< 0x00000004 */
#define RCC_APB1RSTR_TIM4RST                     RCC_APB1RSTR_TIM4RST_Msk
#define RCC_APB1RSTR_TIM5RST_Pos                 (3U)
#define RCC_APB1RSTR_TIM5RST_Msk                 (0x1UL << RCC_APB1RSTR_TIM5RST_Pos)   /*!< 0x00000008 */
#define RCC_APB1RSTR_TIM5RST                     RCC_APB1RSTR_TIM5RST_Msk
#define RCC_APB1RSTR_WWDGRST_Pos                 (11U)
#define RCC_APB1RSTR_WWDGRST_Msk                 (0x1UL << RCC_APB1RSTR_WWDGRST_Pos)   /*!< 0x00000800 */
#define RCC_APB1RSTR_WWDGRST                     RCC_APB1RSTR_WWDGRST_Msk
#define RCC_APB1RSTR_SPI2RST_Pos                 (14U)
#define RCC_APB1RSTR_SPI2RST_Msk                 (0x1UL << RCC_APB1RSTR_SPI2RST_Pos)   /*!< 0x00004000 */
#define RCC_APB1RSTR_SPI2RST                     RCC_APB1RSTR_SPI2RST_Msk
#define RCC_APB1RSTR_SPI3RST_Pos                 (15U)
#define RCC_APB1RSTR_SPI3RST_Msk                 (0x1UL << RCC_APB1RSTR_SPI3RST_Pos)   /*!< 0x00008000 */
#define RCC_APB1RSTR_SPI3RST                     RCC_APB1RSTR_SPI3RST_Msk
#define RCC_APB1RSTR_USART2RST_Pos               (17U)
#define RCC_APB1RSTR_USART2RST_Msk               (0x1UL << RCC_APB1RSTR_USART2RST_Pos) /*!< 0x00020000 */
#define RCC_APB1RSTR_USART2RST                   RCC_APB1RSTR_USART2RST_Msk
#define RCC_APB1RSTR_I2C1RST_Pos                 (21U)
#define RCC_APB1RSTR_I2C1RST_Msk                 (0x1UL << RCC_APB1RSTR_I2C1RST_Pos)   /*!< 0x00200000 */
#define RCC_APB1RSTR_I2C1RST                     RCC_APB1RSTR_I2C1RST_Msk
#define RCC_APB1RSTR_I2C2RST_Pos                 (22U)
#define RCC_APB1RSTR_I2C2RST_Msk                 (0x1UL << RCC_APB1RSTR_I2C2RST_Pos)   /*!< 0x00400000 */
#define RCC_APB1RSTR_I2C2RST                     RCC_APB1RSTR_I2C2RST_Msk
#define RCC_APB1RSTR_I2C3RST_Pos                 (23U)
#define RCC_APB1RSTR_I2C3RST_Msk                 (0x1UL << RCC_APB1RSTR_I2C3RST_Pos)   /*!< 0x00800000 */
#define RCC_APB1RSTR_I2C3RST                     RCC_APB1RSTR_I2C3RST_Msk
#define RCC_APB1RSTR_PWRRST_Pos                  (28U)
#define RCC_APB1RSTR_PWRRST_Msk                  (0x1UL << RCC_APB1RSTR_PWRRST_Pos)    /*!< 0x10000000 */
#define RCC_APB1RSTR_PWRRST                      RCC_APB1RSTR_PWRRST_Msk

/******************  Bit definition for RCC_APB2RSTR register  ******************/
#define RCC_APB2RSTR_TIM1RST_Pos                 (0U)
#define RCC_APB2RSTR_TIM1RST_Msk                 (0x1UL << RCC_APB2RSTR_TIM1RST_Pos)   /*!< 0x00000001 */
#define RCC_APB2RSTR_TIM1RST                     RCC_APB2RSTR_TIM1RST_Msk
#define RCC_APB2RSTR_USART1RST_Pos               (4U)
#define RCC_APB2RSTR_USART1RST_Msk               (0x1UL << RCC_APB2RSTR_USART1RST_Pos) /*!< 0x00000010 */
#define RCC_APB2RSTR_USART1RST                   RCC_APB2RSTR_USART1RST_Msk
#define RCC_APB2RSTR_USART6RST_Pos               (5U)
#define RCC_APB2RSTR_USART6RST_Msk               (0x1UL << RCC_APB2RSTR_USART6RST_Pos) /*!< 0x00000020 */
#define RCC_APB2RSTR_USART6RST                   RCC_APB2RSTR_USART6RST_Msk
#define RCC_APB2RSTR_ADCRST_Pos                  (8U)
#define RCC_APB2RSTR_ADCRST_Msk                  (0x1UL << RCC_APB2RSTR_ADCRST_Pos)    /*!< 0x00000100 */
#define RCC_APB2RSTR_ADCRST                      RCC_APB2RSTR_ADCRST_Msk
#define RCC_APB2RSTR_SDIORST_Pos                 (11U)
#define RCC_APB2RSTR_SDIORST_Msk                 (0x1UL << RCC_APB2RSTR_SDIORST_Pos)   /*!< 0x00000800 */
#define RCC_APB2RSTR_SDIORST                     RCC_APB2RSTR_SDIORST_Msk
#define RCC_APB2RSTR_SPI1RST_Pos                 (12U)
#define RCC_APB2RSTR_SPI1RST_Msk                 (0x1UL << RCC_APB2RSTR_SPI1RST_Pos)   /*!< 0x00001000 */
#define RCC_APB2RSTR_SPI1RST                     RCC_APB2RSTR_SPI1RST_Msk
#define RCC_APB2RSTR_SPI4RST_Pos                 (13U)
#define RCC_APB2RSTR_SPI4RST_Msk                 (0x1UL << RCC_APB2RSTR_SPI4RST_Pos)   /*!< 0x00002000 */
#define RCC_APB2RSTR_SPI4RST                     RCC_APB2RSTR_SPI4RST_Msk
#define RCC_APB2RSTR_SYSCFGRST_Pos               (14U)
#define RCC_APB2RSTR_SYSCFGRST_Msk               (0x1UL << RCC_APB2RSTR_SYSCFGRST_Pos) /*!< 0x00004000 */
#define RCC_APB2RSTR_SYSCFGRST                   RCC_APB2RSTR_SYSCFGRST_Msk
#define RCC_APB2RSTR_TIM9RST_Pos                 (16U)
#define RCC_APB2RSTR_TIM9RST_Msk                 (0x1UL << RCC_APB2RSTR_TIM9RST_Pos)   /*!< 0x00010000 */
#define RCC_APB2RSTR_TIM9RST                     RCC_APB2RSTR_TIM9RST_Msk
#define RCC_APB2RSTR_TIM10RST_Pos                (17U)
#define RCC_APB2RSTR_TIM10RST_Msk                (0x1UL << RCC_APB2RSTR_TIM10RST_Pos)  /*!< 0x00020000 */
#define RCC_APB2RSTR_TIM10RST                    RCC_APB2RSTR_TIM10RST_Msk
#define RCC_APB2RSTR_TIM11RST_Pos                (18U)
#define RCC_APB2RSTR_TIM11RST_Msk                (0x1UL << RCC_APB2RSTR_TIM11RST_Pos)  /*!< 0x00040000 */
#define RCC_APB2RSTR_TIM11RST                    RCC_APB2RSTR_TIM11RST_Msk
#define RCC_APB2RSTR_SPI5RST_Pos                 (20U)
#define RCC_APB2RSTR_SPI5RST_Msk                 (0x1UL << RCC_APB2RSTR_SPI5RST_Pos)   /*!< 0x00100000 */
#define RCC_APB2RSTR_SPI5RST                     RCC_APB2RSTR_SPI5RST_Msk

/******************  Bit definition for RCC_AHB1ENR register  *******************/
#define RCC_AHB1ENR_GPIOAEN_Pos                  (0U)
#define RCC_AHB1ENR_GPIOAEN_Msk                  (0x1UL << RCC_AHB1ENR_GPIOAEN_Pos)    /*!< 0x00000001 */
#define RCC_AHB1ENR_GPIOAEN                      RCC_AHB1ENR_GPIOAEN_Msk
#define RCC_AHB1ENR_GPIOBEN_Pos                  (1U)
#define RCC_AHB1ENR_GPIOBEN_Msk                  (0x1UL << RCC_AHB1ENR_GPIOBEN_Pos)    /*!< 0x00000002 */
#define RCC_AHB1ENR_GPIOBEN                      RCC_AHB1ENR_GPIOBEN_Msk
#define RCC_AHB1ENR_GPIOCEN_Pos                  (2U)
#define RCC_AHB1ENR_GPIOCEN_Msk                  (0x1UL << RCC_AHB1ENR_GPIOCEN_Pos)    /*!< 0x00000004 */
#define RCC_AHB1ENR_GPIOCEN                      RCC_AHB1ENR_GPIOCEN_Msk
#define RCC_AHB1ENR_GPIODEN_Pos                  (3U)
#define RCC_AHB1ENR_GPIODEN_Msk                  (0x1UL << RCC_AHB1ENR_GPIODEN_Pos)    /*!< 0x00000008 */
#define RCC_AHB1ENR_GPIODEN                      RCC_AHB1ENR_GPIODEN_Msk
#define RCC_AHB1ENR_GPIOEEN_Pos                  (4U)
#define RCC_AHB1ENR_GPIOEEN_Msk                  (0x1UL << RCC_AHB1ENR_GPIOEEN_Pos)    /*!< 0x00000010 */
#define RCC_AHB1ENR_GPIOEEN                      RCC_AHB1ENR_GPIOEEN_Msk
#define RCC_AHB1ENR_GPIOHEN_Pos                  (7U)
#define RCC_AHB1ENR_GPIOHEN_Msk                  (0x1UL << RCC_AHB1ENR_GPIOHEN_Pos)    /*!< 0x00000080 */
#define RCC_AHB1ENR_GPIOHEN                      RCC_AHB1ENR_GPIOHEN_Msk
#define RCC_AHB1ENR_CRCEN_Pos                    (12U)
#define RCC_AHB1ENR_CRCEN_Msk                    (0x1UL << RCC_AHB1ENR_CRCEN_Pos)      /*!< 0x00001000 */
#define RCC_AHB1ENR_CRCEN                        RCC_AHB1ENR_CRCEN_Msk
#define RCC_AHB1ENR_DMA1EN_Pos                   (21U)
#define RCC_AHB1ENR_DMA1EN_Msk                   (0x1UL << RCC_AHB1ENR_DMA1EN_Pos)     /*!< 0x00200000 */
#define RCC_AHB1ENR_DMA1EN                       RCC_AHB1ENR_DMA1EN_Msk
#define RCC_AHB1ENR_DMA2EN_Pos                   (22U)
#define RCC_AHB1ENR_DMA2EN_Msk                   (0x1UL << RCC_AHB1ENR_DMA2EN_Pos)     /*!< 0x00400000 */
#define RCC_AHB1ENR_DMA2EN                       RCC_AHB1ENR_DMA2EN_Msk

/******************  Bit definition for RCC_AHB2ENR register  *******************/
#define RCC_AHB2ENR_OTGFSEN_Pos                  (7U)
#define RCC_AHB2ENR_OTGFSEN_Msk                  (0x1UL << RCC_AHB2ENR_OTGFSEN_Pos)    /*!< 0x00000080 */
#define RCC_AHB2ENR_OTGFSEN                      RCC_AHB2ENR_OTGFSEN_Msk

/******************  Bit definition for RCC_APB1ENR register  *******************/
#define RCC_APB1ENR_TIM2EN_Pos                   (0U)
#define RCC_APB1ENR_TIM2EN_Msk                   (0x1UL << RCC_APB1ENR_TIM2EN_Pos)     /*!< 0x00000001 */
#define RCC_APB1ENR_TIM2EN                       RCC_APB1ENR_TIM2EN_Msk
#define RCC_APB1ENR_TIM3EN_Pos                   (1U)
#define RCC_APB1ENR_TIM3EN_Msk                   (0x1UL << RCC_APB1ENR_TIM3EN_Pos)     /*!< 0x00000002 */
#define RCC_APB1ENR_TIM3EN                       RCC_APB1ENR_TIM3EN_Msk
#define RCC_APB1ENR_TIM4EN_Pos                   (2U)
#define RCC_APB1ENR_TIM4EN_Msk                   (0x1UL << RCC_APB1ENR_TIM4EN_Pos)     /*!< 0x00000004 */
#define RCC_APB1ENR_TIM4EN                       RCC_APB1ENR_TIM4EN_Msk
#define RCC_APB1ENR_TIM5EN_Pos                   (3U)
#define RCC_APB1ENR_TIM5EN_Msk                   (0x1UL << RCC_APB1ENR_TIM5EN_Pos)     /*!< 0x00000008 */
#define RCC_APB1ENR_TIM5EN                       RCC_APB1ENR_TIM5EN_Msk
#define RCC_APB1ENR_WWDGEN_Pos                   (11U)
#define RCC_APB1ENR_WWDGEN_Msk                   (0x1UL << RCC_APB1ENR_WWDGEN_Pos)     /*!< 0x00000800 */
#define RCC_APB1ENR_WWDGEN                       RCC_APB1ENR_WWDGEN_Msk
#define RCC_APB1ENR_SPI2EN_Pos                   (14U)
#define RCC_APB1ENR_SPI2EN_Msk                   (0x1UL << RCC_APB1ENR_SPI2EN_Pos)     /*!< 0x00004000 */
#define RCC_APB1ENR_SPI2EN                       RCC_APB1ENR_SPI2EN_Msk
#define RCC_APB1ENR_SPI3EN_Pos                   (15U)
#define RCC_APB1ENR_SPI3EN_Msk                   (0x1UL << RCC_APB1ENR_SPI3EN_Pos)     /*!< 0x00008000 */
#define RCC_APB1ENR_SPI3EN                       RCC_APB1ENR_SPI3EN_Msk
#define RCC_APB1ENR_USART2EN_Pos                 (17U)
#define RCC_APB1ENR_USART2EN_Msk                 (0x1UL << RCC_APB1ENR_USART2EN_Pos)   /*!< 0x00020000 */
#define RCC_APB1ENR_USART2EN                     RCC_APB1ENR_USART2EN_Msk
#define RCC_APB1ENR_I2C1EN_Pos                   (21U)
#define RCC_APB1ENR_I2C1EN_Msk                   (0x1UL << RCC_APB1ENR_I2C1EN_Pos)     /*!< 0x00200000 */
#define RCC_APB1ENR_I2C1EN                       RCC_APB1ENR_I2C1EN_Msk
#define RCC_APB1ENR_I2C2EN_Pos                   (22U)
#define RCC_APB1ENR_I2C2EN_Msk                   (0x1UL << RCC_APB1ENR_I2C2EN_Pos)     /*!< 0x00400000 */
#define RCC_APB1ENR_I2C2EN                       RCC_APB1ENR_I2C2EN_Msk
#define RCC_APB1ENR_I2C3EN_Pos                   (23U)
#define RCC_APB1ENR_I2C3EN_Msk                   (0x1UL << RCC_APB1ENR_I2C3EN_Pos)     /*!< 0x00800000 */
#define RCC_APB1ENR_I2C3EN                       RCC_APB1ENR_I2C3EN_Msk
#define RCC_APB1ENR_PWREN_Pos                    (28U)
#define RCC_APB1ENR_PWREN_Msk                    (0x1UL << RCC_APB1ENR_PWREN_Pos)      /*!< 0x10000000 */
#define RCC_APB1ENR_PWREN                        RCC_APB1ENR_PWREN_Msk

/******************  Bit definition for RCC_APB2ENR register  *******************/
#define RCC_APB2ENR_TIM1EN_Pos                   (0U)
#define RCC_APB2ENR_TIM1EN_Msk                   (0x1UL << RCC_APB2ENR_TIM1EN_Pos)     /*!< 0x00000001 */
#define RCC_APB2ENR_TIM1EN                       RCC_APB2ENR_TIM1EN_Msk
#define RCC_APB2ENR_USART1EN_Pos                 (4U)
#define RCC_APB2ENR_USART1EN_Msk                 (0x1UL << RCC_APB2ENR_USART1EN_Pos)   /*!< 0x00000010 */
#define RCC_APB2ENR_USART1EN                     RCC_APB2ENR_USART1EN_Msk
#define RCC_APB2ENR_USART6EN_Pos                 (5U)
#define RCC_APB2ENR_USART6EN_Msk                 (0x1UL << RCC_APB2ENR_USART6EN_Pos)   /*!< 0x00000020 */
#define RCC_APB2ENR_USART6EN                     RCC_APB2ENR_USART6EN_Msk
#define RCC_APB2ENR_ADC1EN_Pos                   (8U)
#define RCC_APB2ENR_ADC1EN_Msk                   (0x1UL << RCC_APB2ENR_ADC1EN_Pos)     /*!< 0x00000100 */
#define RCC_APB2ENR_ADC1EN                       RCC_APB2ENR_ADC1EN_Msk
#define RCC_APB2ENR_SDIOEN_Pos                   (11U)
#define RCC_APB2ENR_SDIOEN_Msk                   (0x1UL << RCC_APB2ENR_SDIOEN_Pos)     /*!< 0x00000800 */
#define RCC_APB2ENR_SDIOEN                       RCC_APB2ENR_SDIOEN_Msk
#define RCC_APB2ENR_SPI1EN_Pos                   (12U)
#define RCC_APB2ENR_SPI1EN_Msk                   (0x1UL << RCC_APB2ENR_SPI1EN_Pos)     /*!< 0x00001000 */
#define RCC_APB2ENR_SPI1EN                       RCC_APB2ENR_SPI1EN_Msk
#define RCC_APB2ENR_SPI4EN_Pos                   (13U)
#define RCC_APB2ENR_SPI4EN_Msk                   (0x1UL << RCC_APB2ENR_SPI4EN_Pos)     /*!< 0x00002000 */
#define RCC_APB2ENR_SPI4EN                       RCC_APB2ENR_SPI4EN_Msk
#define RCC_APB2ENR_SYSCFGEN_Pos                 (14U)
#define RCC_APB2ENR_SYSCFGEN_Msk                 (0x1UL << RCC_APB2ENR_SYSCFGEN_Pos)   /*!< 0x00004000 */
#define RCC_APB2ENR_SYSCFGEN                     RCC_APB2ENR_SYSCFGEN_Msk
#define RCC_APB2ENR_TIM9EN_Pos                   (16U)
#define RCC_APB2ENR_TIM9EN_Msk                   (0x1UL << RCC_APB2ENR_TIM9EN_Pos)     /*!< 0x00010000 */
#define RCC_APB2ENR_TIM9EN                       RCC_APB2ENR_TIM9EN_Msk
#define RCC_APB2ENR_TIM10EN_Pos                  (17U)
#define RCC_APB2ENR_TIM10EN_Msk                  (0x1UL << RCC_APB2ENR_TIM10EN_Pos)    /*!< 0x00020000 */
#define RCC_APB2ENR_TIM10EN                      RCC_APB2ENR_TIM10EN_Msk
#define RCC_APB2ENR_TIM11EN_Pos                  (18U)
#define RCC_APB2ENR_TIM11EN_Msk                  (0x1UL << RCC_APB2ENR_TIM11EN_Pos)    /*!< 0x00040000 */
#define RCC_APB2ENR_TIM11EN                      RCC_APB2ENR_TIM11EN_Msk
#define RCC_APB2ENR_SPI5EN_Pos                   (20U)
#define RCC_APB2ENR_SPI5EN_Msk                   (0x1UL << RCC_APB2ENR_SPI5EN_Pos)     /*!< 0x00100000 */
#define RCC_APB2ENR_SPI5EN                       RCC_APB2ENR_SPI5EN_Msk

/********************  Bit definition for RCC_BDCR register  ********************/
#define RCC_BDCR_LSEON_Pos                       (0U)
#define RCC_BDCR_LSEON_Msk                       (0x1UL << RCC_BDCR_LSEON_Pos)         /*!< 0x00000001 */
#define RCC_BDCR_LSEON                           RCC_BDCR_LSEON_Msk
#define RCC_BDCR_LSERDY_Pos                      (1U)
#define RCC_BDCR_LSERDY_Msk                      (0x1UL << RCC_BDCR_LSERDY_Pos)        /*!< 0x00000002 */
#define RCC_BDCR_LSERDY                          RCC_BDCR_LSERDY_Msk
#define RCC_BDCR_LSEBYP_Pos                      (2U)
#define RCC_BDCR_LSEBYP_Msk                      (0x1UL << RCC_BDCR_LSEBYP_Pos)        /*!< 0x00000004 */
#define RCC_BDCR_LSEBYP                          RCC_BDCR_LSEBYP_Msk
#define RCC_BDCR_LSEMOD_Pos                      (3U)
#define RCC_BDCR_LSEMOD_Msk                      (0x1UL << RCC_BDCR_LSEMOD_Pos)        /*!< 0x00000008 */
#define RCC_BDCR_LSEMOD                          RCC_BDCR_LSEMOD_Msk
#define RCC_BDCR_RTCSEL_Pos                      (8U)
#define RCC_BDCR_RTCSEL_Msk                      (0x3UL << RCC_BDCR_RTCSEL_Pos)        /*!< 0x00000300 */
#define RCC_BDCR_RTCSEL                          RCC_BDCR_RTCSEL_Msk
#define RCC_BDCR_RTCSEL_0                        (0x1UL << RCC_BDCR_RTCSEL_Pos)        /*!< 0x00000100 */
#define RCC_BDCR_RTCSEL_1                        (0x2UL << RCC_BDCR_RTCSEL_Pos)        /*!< 0x00000200 */
#define RCC_BDCR_RTCEN_Pos                       (15U)
#define RCC_BDCR_RTCEN_Msk                       (0x1UL << RCC_BDCR_RTCEN_Pos)         /*!< 0x00008000 */
#define RCC_BDCR_RTCEN                           RCC_BDCR_RTCEN_Msk
#define RCC_BDCR_BDRST_Pos                       (16U)
#define RCC_BDCR_BDRST_Msk                       (0x1UL << RCC_BDCR_BDRST_Pos)         /*!< 0x00010000 */
#define RCC_BDCR_BDRST                           RCC_BDCR_BDRST_Msk

/********************  Bit definition for RCC_CSR register  *********************/
#define RCC_CSR_LSION_Pos                        (0U)
#define RCC_CSR_LSION_Msk                        (0x1UL << RCC_CSR_LSION_Pos)          /*!< 0x00000001 */
#define RCC_CSR_LSION                            RCC_CSR_LSION_Msk
#define RCC_CSR_LSIRDY_Pos                       (1U)
#define RCC_CSR_LSIRDY_Msk                       (0x1UL << RCC_CSR_LSIRDY_Pos)         /*!< 0x00000002 */
#define RCC_CSR_LSIRDY                           RCC_CSR_LSIRDY_Msk
#define RCC_CSR_RMVF_Pos                         (24U)
#define RCC_CSR_RMVF_Msk                         (0x1UL << RCC_CSR_RMVF_Pos)           /*!< 0x01000000 */
#define RCC_CSR_RMVF                             RCC_CSR_RMVF_Msk
#define RCC_CSR_BORRSTF_Pos                      (25U)
#define RCC_CSR_BORRSTF_Msk                      (0x1UL << RCC_CSR_BORRSTF_Pos)        /*!< 0x02000000 */
#define RCC_CSR_BORRSTF                          RCC_CSR_BORRSTF_Msk
#define RCC_CSR_PINRSTF_Pos                      (26U)
#define RCC_CSR_PINRSTF_Msk                      (0x1UL << RCC_CSR_PINRSTF_Pos)        /*!< 0x04000000 */
#define RCC_CSR_PINRSTF                          RCC_CSR_PINRSTF_Msk
#define RCC_CSR_PORRSTF_Pos                      (27U)
#define RCC_CSR_PORRSTF_Msk                      (0x1UL << RCC_CSR_PORRSTF_Pos)        /*!< 0x08000000 */
#define RCC_CSR_PORRSTF                          RCC_CSR_PORRSTF_Msk
#define RCC_CSR_SFTRSTF_Pos                      (28U)
#define RCC_CSR_SFTRSTF_Msk                      (0x1UL << RCC_CSR_SFTRSTF_Pos)        /*!< 0x10000000 */
#define RCC_CSR_SFTRSTF                          RCC_CSR_SFTRSTF_Msk
#define RCC_CSR_IWDGRSTF_Pos                     (29U)
#define RCC_CSR_IWDGRSTF_Msk                     (0x1UL << RCC_CSR_IWDGRSTF_Pos)       /*!< 0x20000000 */
#define RCC_CSR_IWDGRSTF                         RCC_CSR_IWDGRSTF_Msk
#define RCC_CSR_WWDGRSTF_Pos                     (30U)
#define RCC_CSR_WWDGRSTF_Msk                     (0x1UL << RCC_CSR_WWDGRSTF_Pos)       /*!< 0x40000000 */
#define RCC_CSR_WWDGRSTF                         RCC_CSR_WWDGRSTF_Msk
#define RCC_CSR_LPWRRSTF_Pos                     (31U)
#define RCC_CSR_LPWRRSTF_Msk                     (0x1UL << RCC_CSR_LPWRRSTF_Pos)       /*!< 0x80000000 */
#define RCC_CSR_LPWRRSTF                         RCC_CSR_LPWRRSTF_Msk

/******************  Bit definition for RCC_DCKCFGR register  *******************/
#define RCC_DCKCFGR_TIMPRE_Pos                   (24U)
#define RCC_DCKCFGR_TIMPRE_Msk                   (0x1UL << RCC_DCKCFGR_TIMPRE_Pos)     /*!< 0x01000000 */
#define RCC_DCKCFGR_TIMPRE                       RCC_DCKCFGR_TIMPRE_Msk

/******************************************************************************/
/*                                                                            */
/*                            General Purpose I/O                             */
/*                                                                            */
/******************************************************************************/

/*******************  Bit definition for GPIO_MODER register  *******************/
#define GPIO_MODER_MODER0_Pos                    (0U)
#define GPIO_MODER_MODER0_Msk                    (0x3UL << GPIO_MODER_MODER0_Pos)      /*!< 0x00000003 */
#define GPIO_MODER_MODER0                        GPIO_MODER_MODER0_Msk
#define GPIO_MODER_MODER0_0                      (0x1UL << GPIO_MODER_MODER0_Pos)      /*!< 0x00000001 */
#define GPIO_MODER_MODER0_1                      (0x2UL << GPIO_MODER_MODER0_Pos)      /*!< 0x00000002 */
#define GPIO_MODER_MODER1_Pos                    (2U)
#define GPIO_MODER_MODER1_Msk                    (0x3UL << GPIO_MODER_MODER1_Pos)      /*!< 0x0000000C */
#define GPIO_MODER_MODER1                        GPIO_MODER_MODER1_Msk
#define GPIO_MODER_MODER1_0                      (0x1UL << GPIO_MODER_MODER1_Pos)      /*!< 0x00000004 */
#define GPIO_MODER_MODER1_1                      (0x2UL << GPIO_MODER_MODER1_Pos)      /*!< 0x00000008 */
#define GPIO_MODER_MODER2_Pos                    (4U)
#define GPIO_MODER_MODER2_Msk                    (0x3UL << GPIO_MODER_MODER2_Pos)      /*!< 0x00000030 */
#define GPIO_MODER_MODER2                        GPIO_MODER_MODER2_Msk
#define GPIO_MODER_MODER2_0                      (0x1UL << GPIO_MODER_MODER2_Pos)      /*!< 0x00000010 */
#define GPIO_MODER_MODER2_1                      (0x2UL << GPIO_MODER_MODER2_Pos)      /*!< 0x00000020 */
#define GPIO_MODER_MODER3_Pos                    (6U)
#define GPIO_MODER_MODER3_Msk                    (0x3UL << GPIO_MODER_MODER3_Pos)      /*!< 0x000000C0 */
#define GPIO_MODER_MODER3                        GPIO_MODER_MODER3_Msk
#define GPIO_MODER_MODER3_0                      (0x1UL << GPIO_MODER_MODER3_Pos)      /*!< 0x00000040 */
#define GPIO_MODER_MODER3_1                      (0x2UL << GPIO_MODER_MODER3_Pos)      /*!< 0x00000080 */
#define GPIO_MODER_MODER4_Pos                    (8U)
#define GPIO_MODER_MODER4_Msk                    (0x3UL << GPIO_MODER_MODER4_Pos)      /*!< 0x00000300 */
#define GPIO_MODER_MODER4                        GPIO_MODER_MODER4_Msk
#define GPIO_MODER_MODER4_0                      (0x1UL << GPIO_MODER_MODER4_Pos)      /*!< 0x00000100 */
#define GPIO_MODER_MODER4_1                      (0x2UL << GPIO_MODER_MODER4_Pos)      /*!< 0x00000200 */
#define GPIO_MODER_MODER5_Pos                    (10U)
#define GPIO_MODER_MODER5_Msk                    (0x3UL << GPIO_MODER_MODER5_Pos)      /*!< 0x00000C00 */
#define GPIO_MODER_MODER5                        GPIO_MODER_MODER5_Msk
#define GPIO_MODER_MODER5_0                      (0x1UL << GPIO_MODER_MODER5_Pos)      /*!< 0x00000400 */
#define GPIO_MODER_MODER5_1                      (0x2UL << GPIO_MODER_MODER5_Pos)      /*!< 0x00000800 */
#define GPIO_MODER_MODER6_Pos                    (12U)
#define GPIO_MODER_MODER6_Msk                    (0x3UL << GPIO_MODER_MODER6_Pos)      /*!< 0x00003000 */
#define GPIO_MODER_MODER6                        GPIO_MODER_MODER6_Msk
#define GPIO_MODER_MODER6_0                      (0x1UL << GPIO_MODER_MODER6_Pos)      /*!< 0x00001000 */
#define GPIO_MODER_MODER6_1                      (0x2UL << GPIO_MODER_MODER6_Pos)      /*!< 0x00002000 */
#define GPIO_MODER_MODER7_Pos                    (14U)
#define GPIO_MODER_MODER7_Msk                    (0x3UL << GPIO_MODER_MODER7_Pos)      /*!< 0x0000C000 */
#define GPIO_MODER_MODER7                        GPIO_MODER_MODER7_Msk
#define GPIO_MODER_MODER7_0                      (0x1UL << GPIO_MODER_MODER7_Pos)      /*!< 0x00004000 */
#define GPIO_MODER_MODER7_1                      (0x2UL << GPIO_MODER_MODER7_Pos)      /*!< 0x00008000 */
#define GPIO_MODER_MODER8_Pos                    (16U)
#define GPIO_MODER_MODER8_Msk                    (0x3UL << GPIO_MODER_MODER8_Pos)      /*!< 0x00030000 */
#define GPIO_MODER_MODER8                        GPIO_MODER_MODER8_Msk
#define GPIO_MODER_MODER8_0                      (0x1UL << GPIO_MODER_MODER8_Pos)      /*!< 0x00010000 */
#define GPIO_MODER_MODER8_1                      (0x2UL << GPIO_MODER_MODER8_Pos)      /*!< 0x00020000 */
#define GPIO_MODER_MODER9_Pos                    (18U)
#define GPIO_MODER_MODER9_Msk                    (0x3UL << GPIO_MODER_MODER9_Pos)      /*!< 0x000C0000 */
#define GPIO_MODER_MODER9                        GPIO_MODER_MODER9_Msk
#define GPIO_MODER_MODER9_0                      (0x1UL << GPIO_MODER_MODER9_Pos)      /*!< 0x00040000 */
#define GPIO_MODER_MODER9_1                      (0x2UL << GPIO_MODER_MODER9_Pos)      /*!< 0x00080000 */
#define GPIO_MODER_MODER10_Pos                   (20U)
#define GPIO_MODER_MODER10_Msk                   (0x3UL << GPIO_MODER_MODER10_Pos)     /*!< 0x00300000 */
#define GPIO_MODER_MODER10                       GPIO_MODER_MODER10_Msk
#define GPIO_MODER_MODER10_0                     (0x1UL << GPIO_MODER_MODER10_Pos)     /*!< 0x00100000 */
#define GPIO_MODER_MODER10_1                     (0x2UL << GPIO_MODER_MODER10_Pos)     /*!< 0x00200000 */
#define GPIO_MODER_MODER11_Pos                   (22U)
#define GPIO_MODER_MODER11_Msk                   (0x3UL << GPIO_MODER_MODER11_Pos)     /*!< 0x00C00000 */
#define GPIO_MODER_MODER11                       GPIO_MODER_MODER11_Msk
#define GPIO_MODER_MODER11_0                     (0x1UL << GPIO_MODER_MODER11_Pos)     /*!< 0x00400000 */
#define GPIO_MODER_MODER11_1                     (0x2UL << GPIO_MODER_MODER11_Pos)     /*!< 0x00800000 */
#define GPIO_MODER_MODER12_Pos                   (24U)
#define GPIO_MODER_MODER12_Msk                   (0x3UL << GPIO_MODER_MODER12_Pos)     /*!< 0x03000000 */
#define GPIO_MODER_MODER12                       GPIO_MODER_MODER12_Msk
#define GPIO_MODER_MODER12_0                     (0x1UL << GPIO_MODER_MODER12_Pos)     /*!< 0x01000000 */
#define GPIO_MODER_MODER12_1                     (0x2UL << GPIO_MODER_MODER12_Pos)     /*!< 0x02000000 */
#define GPIO_MODER_MODER13_Pos                   (26U)
#define GPIO_MODER_MODER13_Msk                   (0x3UL << GPIO_MODER_MODER13_Pos)     /*!< 0x0C000000 */
#define GPIO_MODER_MODER13                       GPIO_MODER_MODER13_Msk
#define GPIO_MODER_MODER13_0                     (0x1UL << GPIO_MODER_MODER13_Pos)     /*!< 0x04000000 */
#define GPIO_MODER_MODER13_1                     (0x2UL << GPIO_MODER_MODER13_Pos)     /*!< 0x08000000 */
#define GPIO_MODER_MODER14_Pos                   (28U)
#define GPIO_MODER_MODER14_Msk                   (0x3UL << GPIO_MODER_MODER14_Pos)     /*!< 0x30000000 */
#define GPIO_MODER_MODER14                       GPIO_MODER_MODER14_Msk
#define GPIO_MODER_MODER14_0                     (0x1UL << GPIO_MODER_MODER14_Pos)     /*!< 0x10000000 */
#define GPIO_MODER_MODER14_1                     (0x2UL << GPIO_MODER_MODER14_Pos)     /*!< 0x20000000 */
#define GPIO_MODER_MODER15_Pos                   (30U)
#define GPIO_MODER_MODER15_Msk                   (0x3UL << GPIO_MODER_MODER15_Pos)     /*!< 0xC0000000 */
#define GPIO_MODER_MODER15                       GPIO_MODER_MODER15_Msk
#define GPIO_MODER_MODER15_0                     (0x1UL << GPIO_MODER_MODER15_Pos)     /*!< 0x40000000 */
#define GPIO_MODER_MODER15_1                     (0x2UL << GPIO_MODER_MODER15_Pos)     /*!< 0x80000000 */

/******************  Bit definition for GPIO_OTYPER register  *******************/
#define GPIO_OTYPER_OT0_Pos                      (0U)
#define GPIO_OTYPER_OT0_Msk                      (0x1UL << GPIO_OTYPER_OT0_Pos)        /*!< 0x00000001 */
#define GPIO_OTYPER_OT0                          GPIO_OTYPER_OT0_Msk
#define GPIO_OTYPER_OT1_Pos                      (1U)
#define GPIO_OTYPER_OT1_Msk                      (0x1UL << GPIO_OTYPER_OT1_Pos)        /*!< 0x00000002 */
#define GPIO_OTYPER_OT1                          GPIO_OTYPER_OT1_Msk
#define GPIO_OTYPER_OT2_Pos                      (2U)
#define GPIO_OTYPER_OT2_Msk                      (0x1UL << GPIO_OTYPER_OT2_Pos)        /*!< 0x00000004 */
#define GPIO_OTYPER_OT2                          GPIO_OTYPER_OT2_Msk
#define GPIO_OTYPER_OT3_Pos                      (3U)
#define GPIO_OTYPER_OT3_Msk                      (0x1UL << GPIO_OTYPER_OT3_Pos)        /*!< 0x00000008 */
#define GPIO_OTYPER_OT3                          GPIO_OTYPER_OT3_Msk
#define GPIO_OTYPER_OT4_Pos                      (4U)
#define GPIO_OTYPER_OT4_Msk                      (0x1UL << GPIO_OTYPER_OT4_Pos)        /*!< 0x00000010 */
#define GPIO_OTYPER_OT4                          GPIO_OTYPER_OT4_Msk
#define GPIO_OTYPER_OT5_Pos                      (5U)
#define GPIO_OTYPER_OT5_Msk                      (0x1UL << GPIO_OTYPER_OT5_Pos)        /*!< 0x00000020 */
#define GPIO_OTYPER_OT5                          GPIO_OTYPER_OT5_Msk
#define GPIO_OTYPER_OT6_Pos                      (6U)
#define GPIO_OTYPER_OT6_Msk                      (0x1UL << GPIO_OTYPER_OT6_Pos)        /*!< 0x00000040 */
#define GPIO_OTYPER_OT6                          GPIO_OTYPER_OT6_Msk
#define GPIO_OTYPER_OT7_Pos                      (7U)
#define GPIO_OTYPER_OT7_Msk                      (0x1UL << GPIO_OTYPER_OT7_Pos)        /*!< 0x00000080 */
#define GPIO_OTYPER_OT7                          GPIO_OTYPER_OT7_Msk
#define GPIO_OTYPER_OT8_Pos                      (8U)
#define GPIO_OTYPER_OT8_Msk                      (0x1UL << GPIO_OTYPER_OT8_Pos)        /*!< 0x00000100 */
#define GPIO_OTYPER_OT8                          GPIO_OTYPER_OT8_Msk
#define GPIO_OTYPER_OT9_Pos                      (9U)
#define GPIO_OTYPER_OT9_Msk                      (0x1UL << GPIO_OTYPER_OT9_Pos)        /*!< 0x00000200 */
#define GPIO_OTYPER_OT9                          GPIO_OTYPER_OT9_Msk
#define GPIO_OTYPER_OT10_Pos                     (10U)
#define GPIO_OTYPER_OT10_Msk                     (0x1UL << GPIO_OTYPER_OT10_Pos)       /*!< 0x00000400 */
#define GPIO_OTYPER_OT10                         GPIO_OTYPER_OT10_Msk
#define GPIO_OTYPER_OT11_Pos                     (11U)
#define GPIO_OTYPER_OT11_Msk                     (0x1UL << GPIO_OTYPER_OT11_Pos)       /*!< 0x00000800 */
#define GPIO_OTYPER_OT11                         GPIO_OTYPER_OT11_Msk
#define GPIO_OTYPER_OT12_Pos                     (12U)
#define GPIO_OTYPER_OT12_Msk                     (0x1UL << GPIO_OTYPER_OT12_Pos)       /*!< 0x00001000 */
#define GPIO_OTYPER_OT12                         GPIO_OTYPER_OT12_Msk
#define GPIO_OTYPER_OT13_Pos                     (13U)
#define GPIO_OTYPER_OT13_Msk                     (0x1UL << GPIO_OTYPER_OT13_Pos)       /*!< 0x00002000 */
#define GPIO_OTYPER_OT13                         GPIO_OTYPER_OT13_Msk
#define GPIO_OTYPER_OT14_Pos                     (14U)
#define GPIO_OTYPER_OT14_Msk                     (0x1UL << GPIO_OTYPER_OT14_Pos)       /*!< 0x00004000 */
#define GPIO_OTYPER_OT14                         GPIO_OTYPER_OT14_Msk
#define GPIO_OTYPER_OT15_Pos                     (15U)
#define GPIO_OTYPER_OT15_Msk                     (0x1UL << GPIO_OTYPER_OT15_Pos)       /*!< 0x00008000 */
#define GPIO_OTYPER_OT15                         GPIO_OTYPER_OT15_Msk

/******************  Bit definition for GPIO_OSPEEDR register  ******************/
#define GPIO_OSPEEDR_OSPEED0_Pos                 (0U)
#define GPIO_OSPEEDR_OSPEED0_Msk                 (0x3UL << GPIO_OSPEEDR_OSPEED0_Pos)   /*!< 0x00000003 */
#define GPIO_OSPEEDR_OSPEED0                     GPIO_OSPEEDR_OSPEED0_Msk
#define GPIO_OSPEEDR_OSPEED1_Pos                 (2U)
#define GPIO_OSPEEDR_OSPEED1_Msk                 (0x3UL << GPIO_OSPEEDR_OSPEED1_Pos)   /*!< 0x0000000C */
#define GPIO_OSPEEDR_OSPEED1                     GPIO_OSPEEDR_OSPEED1_Msk
#define GPIO_OSPEEDR_OSPEED2_Pos                 (4U)
#define GPIO_OSPEEDR_OSPEED2_Msk                 (0x3UL << GPIO_OSPEEDR_OSPEED2_Pos)   /*!< 0x00000030 */
#define GPIO_OSPEEDR_OSPEED2                     GPIO_OSPEEDR_OSPEED2_Msk
#define GPIO_OSPEEDR_OSPEED3_Pos                 (6U)
#define GPIO_OSPEEDR_OSPEED3_Msk                 (0x3UL << GPIO_OSPEEDR_OSPEED3_Pos)   /*!< 0x000000C0 */
#define GPIO_OSPEEDR_OSPEED3                     GPIO_OSPEEDR_OSPEED3_Msk
#define GPIO_OSPEEDR_OSPEED4_Pos                 (8U)
#define GPIO_OSPEEDR_OSPEED4_Msk                 (0x3UL << GPIO_OSPEEDR_OSPEED4_Pos)   /*!< 0x00000300 */
#define GPIO_OSPEEDR_OSPEED4                     GPIO_OSPEEDR_OSPEED4_Msk
#define GPIO_OSPEEDR_OSPEED5_Pos                 (10U)
#define GPIO_OSPEEDR_OSPEED5_Msk                 (0x3UL << GPIO_OSPEEDR_OSPEED5_Pos)   /*!< 0x00000C00 */
#define GPIO_OSPEEDR_OSPEED5                     GPIO_OSPEEDR_OSPEED5_Msk
#define GPIO_OSPEEDR_OSPEED6_Pos                 (12U)
#define GPIO_OSPEEDR_OSPEED6_Msk                 (0x3UL << GPIO_OSPEEDR_OSPEED6_Pos)   /*!< 0x00003000 */
#define GPIO_OSPEEDR_OSPEED6                     GPIO_OSPEEDR_OSPEED6_Msk
#define GPIO_OSPEEDR_OSPEED7_Pos                 (14U)
#define GPIO_OSPEEDR_OSPEED7_Msk                 (0x3UL << GPIO_OSPEEDR_OSPEED7_Pos)   /*!< 0x0000C000 */
#define GPIO_OSPEEDR_OSPEED7                     GPIO_OSPEEDR_OSPEED7_Msk
#define GPIO_OSPEEDR_OSPEED8_Pos                 (16U)
#define GPIO_OSPEEDR_OSPEED8_Msk                 (0x3UL << GPIO_OSPEEDR_OSPEED8_Pos)   /*!< 0x00030000 */
#define GPIO_OSPEEDR_OSPEED8                     GPIO_OSPEEDR_OSPEED8_Msk
#define GPIO_OSPEEDR_OSPEED9_Pos                 (18U)
#define GPIO_OSPEEDR_OSPEED9_Msk                 (0x3UL << GPIO_OSPEEDR_OSPEED9_Pos)   /*!< 0x000C0000 */
#define GPIO_OSPEEDR_OSPEED9                     GPIO_OSPEEDR_OSPEED9_Msk
#define GPIO_OSPEEDR_OSPEED10_Pos                (20U)
#define GPIO_OSPEEDR_OSPEED10_Msk                (0x3UL << GPIO_OSPEEDR_OSPEED10_Pos)  /*!< 0x00300000 */
#define GPIO_OSPEEDR_OSPEED10                    GPIO_OSPEEDR_OSPEED10_Msk
#define GPIO_OSPEEDR_OSPEED11_Pos                (22U)
#define GPIO_OSPEEDR_OSPEED11_Msk                (0x3UL << GPIO_OSPEEDR_OSPEED11_Pos)  /*!< 0x00C00000 */
#define GPIO_OSPEEDR_OSPEED11                    GPIO_OSPEEDR_OSPEED11_Msk
#define GPIO_OSPEEDR_OSPEED12_Pos                (24U)
#define GPIO_OSPEEDR_OSPEED12_Msk                (0x3UL << GPIO_OSPEEDR_OSPEED12_Pos)  /*!< 0x03000000 */
#define GPIO_OSPEEDR_OSPEED12                    GPIO_OSPEEDR_OSPEED12_Msk
#define GPIO_OSPEEDR_OSPEED13_Pos                (26U)
#define GPIO_OSPEEDR_OSPEED13_Msk                (0x3UL << GPIO_OSPEEDR_OSPEED13_Pos)  /*!< 0x0C000000 */
#define GPIO_OSPEEDR_OSPEED13                    GPIO_OSPEEDR_OSPEED13_Msk
#define GPIO_OSPEEDR_OSPEED14_Pos                (28U)
#define GPIO_OSPEEDR_OSPEED14_Msk                (0x3UL << GPIO_OSPEEDR_OSPEED14_Pos)  /*!< 0x30000000 */
#define GPIO_OSPEEDR_OSPEED14                    GPIO_OSPEEDR_OSPEED14_Msk
#define GPIO_OSPEEDR_OSPEED15_Pos                (30U)
#define GPIO_OSPEEDR_OSPEED15_Msk                (0x3UL << GPIO_OSPEEDR_OSPEED15_Pos)  /*!< 0xC0000000 */
#define GPIO_OSPEEDR_OSPEED15                    GPIO_OSPEEDR_OSPEED15_Msk

/*******************  Bit definition for GPIO_PUPDR register  *******************/
#define GPIO_PUPDR_PUPD0_Pos                     (0U)
#define GPIO_PUPDR_PUPD0_Msk                     (0x3UL << GPIO_PUPDR_PUPD0_Pos)       /*!< 0x00000003 */
#define GPIO_PUPDR_PUPD0                         GPIO_PUPDR_PUPD0_Msk
#define GPIO_PUPDR_PUPD1_Pos                     (2U)
#define GPIO_PUPDR_PUPD1_Msk                     (0x3UL << GPIO_PUPDR_PUPD1_Pos)       /*!< 0x0000000C */
#define GPIO_PUPDR_PUPD1                         GPIO_PUPDR_PUPD1_Msk
#define GPIO_PUPDR_PUPD2_Pos                     (4U)
#define GPIO_PUPDR_PUPD2_Msk                     (0x3UL << GPIO_PUPDR_PUPD2_Pos)       /*!< 0x00000030 */
#define GPIO_PUPDR_PUPD2                         GPIO_PUPDR_PUPD2_Msk
#define GPIO_PUPDR_PUPD3_Pos                     (6U)
#define GPIO_PUPDR_PUPD3_Msk                     (0x3UL << GPIO_PUPDR_PUPD3_Pos)       /*!< 0x000000C0 */
#define GPIO_PUPDR_PUPD3                         GPIO_PUPDR_PUPD3_Msk
#define GPIO_PUPDR_PUPD4_Pos                     (8U)
#define GPIO_PUPDR_PUPD4_Msk                     (0x3UL << GPIO_PUPDR_PUPD4_Pos)       /*!< 0x00000300 */
#define GPIO_PUPDR_PUPD4                         GPIO_PUPDR_PUPD4_Msk
#define GPIO_PUPDR_PUPD5_Pos                     (10U)
#define GPIO_PUPDR_PUPD5_Msk                     (0x3UL << GPIO_PUPDR_PUPD5_Pos)       /*!< 0x00000C00 */
#define GPIO_PUPDR_PUPD5                         GPIO_PUPDR_PUPD5_Msk
#define GPIO_PUPDR_PUPD6_Pos                     (12U)
#define GPIO_PUPDR_PUPD6_Msk                     (0x3UL << GPIO_PUPDR_PUPD6_Pos)       /*!< 0x00003000 */
#define GPIO_PUPDR_PUPD6                         GPIO_PUPDR_PUPD6_Msk
#define GPIO_PUPDR_PUPD7_Pos                     (14U)
#define GPIO_PUPDR_PUPD7_Msk                     (0x3UL << GPIO_PUPDR_PUPD7_Pos)       /*!< 0x0000C000 */
#define GPIO_PUPDR_PUPD7                         GPIO_PUPDR_PUPD7_Msk
#define GPIO_PUPDR_PUPD8_Pos                     (16U)
#define GPIO_PUPDR_PUPD8_Msk                     (0x3UL << GPIO_PUPDR_PUPD8_Pos)       /*!< 0x00030000 */
#define GPIO_PUPDR_PUPD8                         GPIO_PUPDR_PUPD8_Msk
#define GPIO_PUPDR_PUPD9_Pos                     (18U)
#define GPIO_PUPDR_PUPD9_Msk                     (0x3UL << GPIO_PUPDR_PUPD9_Pos)       /*!< 0x000C0000 */
#define GPIO_PUPDR_PUPD9                         GPIO_PUPDR_PUPD9_Msk
#define GPIO_PUPDR_PUPD10_Pos                    (20U)
#define GPIO_PUPDR_PUPD10_Msk                    (0x3UL << GPIO_PUPDR_PUPD10_Pos)      /*!< 0x00300000 */
#define GPIO_PUPDR_PUPD10                        GPIO_PUPDR_PUPD10_Msk
#define GPIO_PUPDR_PUPD11_Pos                    (22U)
#define GPIO_PUPDR_PUPD11_Msk                    (0x3UL << GPIO_PUPDR_PUPD11_Pos)      /*!< 0x00C00000 */
#define GPIO_PUPDR_PUPD11                        GPIO_PUPDR_PUPD11_Msk
#define GPIO_PUPDR_PUPD12_Pos                    (24U)
#define GPIO_PUPDR_PUPD12_Msk                    (0x3UL << GPIO_PUPDR_PUPD12_Pos)      /*!< 0x03000000 */
#define GPIO_PUPDR_PUPD12                        GPIO_PUPDR_PUPD12_Msk
#define GPIO_PUPDR_PUPD13_Pos                    (26U)
#define GPIO_PUPDR_PUPD13_Msk                    (0x3UL << GPIO_PUPDR_PUPD13_Pos)      /*!< 0x0C000000 */
#define GPIO_PUPDR_PUPD13                        GPIO_PUPDR_PUPD13_Msk
#define GPIO_PUPDR_PUPD14_Pos                    (28U)
#define GPIO_PUPDR_PUPD14_Msk                    (0x3UL << GPIO_PUPDR_PUPD14_Pos)      /*!< 0x30000000 */
#define GPIO_PUPDR_PUPD14                        GPIO_PUPDR_PUPD14_Msk
#define GPIO_PUPDR_PUPD15_Pos                    (30U)
#define GPIO_PUPDR_PUPD15_Msk                    (0x3UL << GPIO_PUPDR_PUPD15_Pos)      /*!< 0xC0000000 */
#define GPIO_PUPDR_PUPD15                        GPIO_PUPDR_PUPD15_Msk

/********************  Bit definition for GPIO_IDR register  ********************/
#define GPIO_IDR_ID0_Pos                         (0U)
#define GPIO_IDR_ID0_Msk                         (0x1UL << GPIO_IDR_ID0_Pos)           /*!< 0x00000001 */
#define GPIO_IDR_ID0                             GPIO_IDR_ID0_Msk
#define GPIO_IDR_ID1_Pos                         (1U)
#define GPIO_IDR_ID1_Msk                         (0x1UL << GPIO_IDR_ID1_Pos)           /*!< 0x00000002 */
#define GPIO_IDR_ID1                             GPIO_IDR_ID1_Msk
#define GPIO_IDR_ID2_Pos                         (2U)
#define GPIO_IDR_ID2_Msk                         (0x1UL << GPIO_IDR_ID2_Pos)           /*!< 0x00000004 */
#define GPIO_IDR_ID2                             GPIO_IDR_ID2_Msk
#define GPIO_IDR_ID3_Pos                         (3U)
#define GPIO_IDR_ID3_Msk                         (0x1UL << GPIO_IDR_ID3_Pos)           /*!< 0x00000008 */
#define GPIO_IDR_ID3                             GPIO_IDR_ID3_Msk
#define GPIO_IDR_ID4_Pos                         (4U)
#define GPIO_IDR_ID4_Msk                         (0x1UL << GPIO_IDR_ID4_Pos)           /*!< 0x00000010 */
#define GPIO_IDR_ID4                             GPIO_IDR_ID4_Msk
#define GPIO_IDR_ID5_Pos                         (5U)
#define GPIO_IDR_ID5_Msk                         (0x1UL << GPIO_IDR_ID5_Pos)           /*!< 0x00000020 */
#define GPIO_IDR_ID5                             GPIO_IDR_ID5_Msk
#define GPIO_IDR_ID6_Pos                         (6U)
#define GPIO_IDR_ID6_Msk                         (0x1UL << GPIO_IDR_ID6_Pos)           /*!< 0x00000040 */
#define GPIO_IDR_ID6                             GPIO_IDR_ID6_Msk
#define GPIO_IDR_ID7_Pos                         (7U)
#define GPIO_IDR_ID7_Msk                         (0x1UL << GPIO_IDR_ID7_Pos)           /*!< 0x00000080 */
#define GPIO_IDR_ID7                             GPIO_IDR_ID7_Msk
#define GPIO_IDR_ID8_Pos                         (8U)
#define GPIO_IDR_ID8_Msk                         (0x1UL << GPIO_IDR_ID8_Pos)           /*!< 0x00000100 */
#define GPIO_IDR_ID8                             GPIO_IDR_ID8_Msk
#define GPIO_IDR_ID9_Pos                         (9U)
#define GPIO_IDR_ID9_Msk                         (0x1UL << GPIO_IDR_ID9_Pos)           /*!< 0x00000200 */
#define GPIO_IDR_ID9                             GPIO_IDR_ID9_Msk
#define GPIO_IDR_ID10_Pos                        (10U)
#define GPIO_IDR_ID10_Msk                        (0x1UL << GPIO_IDR_ID10_Pos)          /*!< 0x00000400 */
#define GPIO_IDR_ID10                            GPIO_IDR_ID10_Msk
#define GPIO_IDR_ID11_Pos                        (11U)
#define GPIO_IDR_ID11_Msk                        (0x1UL << GPIO_IDR_ID11_Pos)          /*!< 0x00000800 */
#define GPIO_IDR_ID11                            GPIO_IDR_ID11_Msk
#define GPIO_IDR_ID12_Pos                        (12U)
#define GPIO_IDR_ID12_Msk                        (0x1UL << GPIO_IDR_ID12_Pos)          /*!< 0x00001000 */
#define GPIO_IDR_ID12                            GPIO_IDR_ID12_Msk
#define GPIO_IDR_ID13_Pos                        (13U)
#define GPIO_IDR_ID13_Msk                        (0x1UL << GPIO_IDR_ID13_Pos)          /*!< 0x00002000 */
#define GPIO_IDR_ID13                            GPIO_IDR_ID13_Msk
#define GPIO_IDR_ID14_Pos                        (14U)
#define GPIO_IDR_ID14_Msk                        (0x1UL << GPIO_IDR_ID14_Pos)          /*!< 0x00004000 */
#define GPIO_IDR_ID14                            GPIO_IDR_ID14_Msk
#define GPIO_IDR_ID15_Pos                        (15U)
#define GPIO_IDR_ID15_Msk                        (0x1UL << GPIO_IDR_ID15_Pos)          /*!< 0x00008000 */
#define GPIO_IDR_ID15                            GPIO_IDR_ID15_Msk

/********************  Bit definition for GPIO_ODR register  ********************/
#define GPIO_ODR_OD0_Pos                         (0U)
#define GPIO_ODR_OD0_Msk                         (0x1UL << GPIO_ODR_OD0_Pos)           /*!< 0x00000001 */
#define GPIO_ODR_OD0                             GPIO_ODR_OD0_Msk
#define GPIO_ODR_OD1_Pos                         (1U)
#define GPIO_ODR_OD1_Msk                         (0x1UL << GPIO_ODR_OD1_Pos)           /*!< 0x00000002 */
#define GPIO_ODR_OD1                             GPIO_ODR_OD1_Msk
#define GPIO_ODR_OD2_Pos                         (2U)
#define GPIO_ODR_OD2_Msk                         (0x1UL << GPIO_ODR_OD2_Pos)           /*!< 0x00000004 */
#define GPIO_ODR_OD2                             GPIO_ODR_OD2_Msk
#define GPIO_ODR_OD3_Pos                         (3U)
#define GPIO_ODR_OD3_Msk                         (0x1UL << GPIO_ODR_OD3_Pos)           /*!< 0x00000008 */
#define GPIO_ODR_OD3                             GPIO_ODR_OD3_Msk
#define GPIO_ODR_OD4_Pos                         (4U)
#define GPIO_ODR_OD4_Msk                         (0x1UL << GPIO_ODR_OD4_Pos)           /*!< 0x00000010 */
#define GPIO_ODR_OD4                             GPIO_ODR_OD4_Msk
#define GPIO_ODR_OD5_Pos                         (5U)
#define GPIO_ODR_OD5_Msk                         (0x1UL << GPIO_ODR_OD5_Pos)           /*!< 0x00000020 */
#define GPIO_ODR_OD5                             GPIO_ODR_OD5_Msk
#define GPIO_ODR_OD6_Pos                         (6U)
#define GPIO_ODR_OD6_Msk                         (0x1UL << GPIO_ODR_OD6_Pos)           /*!< 0x00000040 */
#define GPIO_ODR_OD6                             GPIO_ODR_OD6_Msk
#define GPIO_ODR_OD7_Pos                         (7U)
#define GPIO_ODR_OD7_Msk                         (0x1UL << GPIO_ODR_OD7_Pos)           /*!< 0x00000080 */
#define GPIO_ODR_OD7                             GPIO_ODR_OD7_Msk
#define GPIO_ODR_OD8_Pos                         (8U)
#define GPIO_ODR_OD8_Msk                         (0x1UL << GPIO_ODR_OD8_Pos)           /*!< 0x00000100 */
#define GPIO_ODR_OD8                             GPIO_ODR_OD8_Msk
#define GPIO_ODR_OD9_Pos                         (9U)
#define GPIO_ODR_OD9_Msk                         (0x1UL << GPIO_ODR_OD9_Pos)           /*!< 0x00000200 */
#define GPIO_ODR_OD9                             GPIO_ODR_OD9_Msk
#define GPIO_ODR_OD10_Pos                        (10U)
#define GPIO_ODR_OD10_Msk                        (0x1UL << GPIO_ODR_OD10_Pos)          /*!< 0x00000400 */
#define GPIO_ODR_OD10                            GPIO_ODR_OD10_Msk
#define GPIO_ODR_OD11_Pos                        (11U)
#define GPIO_ODR_OD11_Msk                        (0x1UL << GPIO_ODR_OD11_Pos)          /*!< 0x00000800 */
#define GPIO_ODR_OD11                            GPIO_ODR_OD11_Msk
#define GPIO_ODR_OD12_Pos                        (12U)
#define GPIO_ODR_OD12_Msk                        (0x1UL << GPIO_ODR_OD12_Pos)          /*!< 0x00001000 */
#define GPIO_ODR_OD12                            GPIO_ODR_OD12_Msk
#define GPIO_ODR_OD13_Pos                        (13U)
#define GPIO_ODR_OD13_Msk                        (0x1UL << GPIO_ODR_OD13_Pos)          /*!< 0x00002000 */
#define GPIO_ODR_OD13                            GPIO_ODR_OD13_Msk
#define GPIO_ODR_OD14_Pos                        (14U)
#define GPIO_ODR_OD14_Msk                        (0x1UL << GPIO_ODR_OD14_Pos)          /*!< 0x00004000 */
#define GPIO_ODR_OD14                            GPIO_ODR_OD14_Msk
#define GPIO_ODR_OD15_Pos                        (15U)
#define GPIO_ODR_OD15_Msk                        (0x1UL << GPIO_ODR_OD15_Pos)          /*!< 0x00008000 */
#define GPIO_ODR_OD15                            GPIO_ODR_OD15_Msk

/*******************  Bit definition for GPIO_BSRR register  ********************/
#define GPIO_BSRR_BS0_Pos                        (0U)
#define GPIO_BSRR_BS0_Msk                        (0x1UL << GPIO_BSRR_BS0_Pos)          /*!< 0x00000001 */
#define GPIO_BSRR_BS0                            GPIO_BSRR_BS0_Msk
#define GPIO_BSRR_BS1_Pos                        (1U)
#define GPIO_BSRR_BS1_Msk                        (0x1UL << GPIO_BSRR_BS1_Pos)          /*!< 0x00000002 */
#define GPIO_BSRR_BS1                            GPIO_BSRR_BS1_Msk
#define GPIO_BSRR_BS2_Pos                        (2U)
#define GPIO_BSRR_BS2_Msk                        (0x1UL << GPIO_BSRR_BS2_Pos)          /*!< 0x00000004 */
#define GPIO_BSRR_BS2                            GPIO_BSRR_BS2_Msk
#define GPIO_BSRR_BS3_Pos                        (3U)
#define GPIO_BSRR_BS3_Msk                        (0x1UL << GPIO_BSRR_BS3_Pos)          /*!< 0x00000008 */
#define GPIO_BSRR_BS3                            GPIO_BSRR_BS3_Msk
#define GPIO_BSRR_BS4_Pos                        (4U)
#define GPIO_BSRR_BS4_Msk                        (0x1UL << GPIO_BSRR_BS4_Pos)          /*!< 0x00000010 */
#define GPIO_BSRR_BS4                            GPIO_BSRR_BS4_Msk
#define GPIO_BSRR_BS5_Pos                        (5U)
#define GPIO_BSRR_BS5_Msk                        (0x1UL << GPIO_BSRR_BS5_Pos)          /*!< 0x00000020 */
#define GPIO_BSRR_BS5                            GPIO_BSRR_BS5_Msk
#define GPIO_BSRR_BS6_Pos                        (6U)
#define GPIO_BSRR_BS6_Msk                        (0x1UL << GPIO_BSRR_BS6_Pos)          /*!< 0x00000040 */
#define GPIO_BSRR_BS6                            GPIO_BSRR_BS6_Msk
#define GPIO_BSRR_BS7_Pos                        (7U)
#define GPIO_BSRR_BS7_Msk                        (0x1UL << GPIO_BSRR_BS7_Pos)          /*!< 0x00000080 */
#define GPIO_BSRR_BS7                            GPIO_BSRR_BS7_Msk
#define GPIO_BSRR_BS8_Pos                        (8U)
#define GPIO_BSRR_BS8_Msk                        (0x1UL << GPIO_BSRR_BS8_Pos)          /*!< 0x00000100 */
#define GPIO_BSRR_BS8                            GPIO_BSRR_BS8_Msk
#define GPIO_BSRR_BS9_Pos                        (9U)
#define GPIO_BSRR_BS9_Msk                        (0x1UL << GPIO_BSRR_BS9_Pos)          /*!< 0x00000200 */
#define GPIO_BSRR_BS9                            GPIO_BSRR_BS9_Msk
#define GPIO_BSRR_BS10_Pos                       (10U)
#define GPIO_BSRR_BS10_Msk                       (0x1UL << GPIO_BSRR_BS10_Pos)         /*!< 0x00000400 */
#define GPIO_BSRR_BS10                           GPIO_BSRR_BS10_Msk
#define GPIO_BSRR_BS11_Pos                       (11U)
#define GPIO_BSRR_BS11_Msk                       (0x1UL << GPIO_BSRR_BS11_Pos)         /*!< 0x00000800 */
#define GPIO_BSRR_BS11                           GPIO_BSRR_BS11_Msk
#define GPIO_BSRR_BS12_Pos                       (12U)
#define GPIO_BSRR_BS12_Msk                       (0x1UL << GPIO_BSRR_BS12_Pos)         /*!< 0x00001000 */
#define GPIO_BSRR_BS12                           GPIO_BSRR_BS12_Msk
#define GPIO_BSRR_BS13_Pos                       (13U)
#define GPIO_BSRR_BS13_Msk                       (0x1UL << GPIO_BSRR_BS13_Pos)         /*!< 0x00002000 */
#define GPIO_BSRR_BS13                           GPIO_BSRR_BS13_Msk
#define GPIO_BSRR_BS14_Pos                       (14U)
#define GPIO_BSRR_BS14_Msk                       (0x1UL << GPIO_BSRR_BS14_Pos)         /*!< 0x00004000 */
#define GPIO_BSRR_BS14                           GPIO_BSRR_BS14_Msk
#define GPIO_BSRR_BS15_Pos                       (15U)
#define GPIO_BSRR_BS15_Msk                       (0x1UL << GPIO_BSRR_BS15_Pos)         /*!< 0x00008000 */
#define GPIO_BSRR_BS15                           GPIO_BSRR_BS15_Msk
#define GPIO_BSRR_BR0_Pos                        (16U)
#define GPIO_BSRR_BR0_Msk                        (0x1UL << GPIO_BSRR_BR0_Pos)          /*!< 0x00010000 */
#define GPIO_BSRR_BR0                            GPIO_BSRR_BR0_Msk
#define GPIO_BSRR_BR1_Pos                        (17U)
#define GPIO_BSRR_BR1_Msk                        (0x1UL << GPIO_BSRR_BR1_Pos)          /*!< 0x00020000 */
#define GPIO_BSRR_BR1                            GPIO_BSRR_BR1_Msk
#define GPIO_BSRR_BR2_Pos                        (18U)
#define GPIO_BSRR_BR2_Msk                        (0x1UL << GPIO_BSRR_BR2_Pos)          /*!< 0x00040000 */
#define GPIO_BSRR_BR2                            GPIO_BSRR_BR2_Msk
#define GPIO_BSRR_BR3_Pos                        (19U)
#define GPIO_BSRR_BR3_Msk                        (0x1UL << GPIO_BSRR_BR3_Pos)          /*!< 0x00080000 */
#define GPIO_BSRR_BR3                            GPIO_BSRR_BR3_Msk
#define GPIO_BSRR_BR4_Pos                        (20U)
#define GPIO_BSRR_BR4_Msk                        (0x1UL << GPIO_BSRR_BR4_Pos)          /*!< 0x00100000 */
#define GPIO_BSRR_BR4                            GPIO_BSRR_BR4_Msk
#define GPIO_BSRR_BR5_Pos                        (21U)
#define GPIO_BSRR_BR5_Msk                        (0x1UL << GPIO_BSRR_BR5_Pos)          /*!< 0x00200000 */
#define GPIO_BSRR_BR5                            GPIO_BSRR_BR5_Msk
#define GPIO_BSRR_BR6_Pos                        (22U)
#define GPIO_BSRR_BR6_Msk                        (0x1UL << GPIO_BSRR_BR6_Pos)          /*!< 0x00400000 */
#define GPIO_BSRR_BR6                            GPIO_BSRR_BR6_Msk
#define GPIO_BSRR_BR7_Pos                        (23U)
#define GPIO_BSRR_BR7_Msk                        (0x1UL << GPIO_BSRR_BR7_Pos)          /*!< 0x00800000 */
#define GPIO_BSRR_BR7                            GPIO_BSRR_BR7_Msk
#define GPIO_BSRR_BR8_Pos                        (24U)
#define GPIO_BSRR_BR8_Msk                        (0x1UL << GPIO_BSRR_BR8_Pos)          /*!< 0x01000000 */
#define GPIO_BSRR_BR8                            GPIO_BSRR_BR8_Msk
#define GPIO_BSRR_BR9_Pos                        (25U)
#define GPIO_BSRR_BR9_Msk                        (0x1UL << GPIO_BSRR_BR9_Pos)          /*!< 0x02000000 */
#define GPIO_BSRR_BR9                            GPIO_BSRR_BR9_Msk
#define GPIO_BSRR_BR10_Pos                       (26U)
#define GPIO_BSRR_BR10_Msk                       (0x1UL << GPIO_BSRR_BR10_Pos)         /*!< 0x04000000 */
#define GPIO_BSRR_BR10                           GPIO_BSRR_BR10_Msk
#define GPIO_BSRR_BR11_Pos                       (27U)
#define GPIO_BSRR_BR11_Msk                       (0x1UL << GPIO_BSRR_BR11_Pos)         /*!< 0x08000000 */
#define GPIO_BSRR_BR11                           GPIO_BSRR_BR11_Msk
#define GPIO_BSRR_BR12_Pos                       (28U)
#define GPIO_BSRR_BR12_Msk                       (0x1UL << GPIO_BSRR_BR12_Pos)         /*!< 0x10000000 */
#define GPIO_BSRR_BR12                           GPIO_BSRR_BR12_Msk
#define GPIO_BSRR_BR13_Pos                       (29U)
#define GPIO_BSRR_BR13_Msk                       (0x1UL << GPIO_BSRR_BR13_Pos)         /*!< 0x20000000 */
#define GPIO_BSRR_BR13                           GPIO_BSRR_BR13_Msk
#define GPIO_BSRR_BR14_Pos                       (30U)
#define GPIO_BSRR_BR14_Msk                       (0x1UL << GPIO_BSRR_BR14_Pos)         /*!< 0x40000000 */
#define GPIO_BSRR_BR14                           GPIO_BSRR_BR14_Msk
#define GPIO_BSRR_BR15_Pos                       (31U)
#define GPIO_BSRR_BR15_Msk                       (0x1UL << GPIO_BSRR_BR15_Pos)         /*!< 0x80000000 */
#define GPIO_BSRR_BR15                           GPIO_BSRR_BR15_Msk

/*******************  Bit definition for GPIO_AFRL register  ********************/
#define GPIO_AFRL_AFSEL0_Pos                     (0U)
#define GPIO_AFRL_AFSEL0_Msk                     (0xFUL << GPIO_AFRL_AFSEL0_Pos)       /*!< 0x0000000F */
#define GPIO_AFRL_AFSEL0                         GPIO_AFRL_AFSEL0_Msk
#define GPIO_AFRL_AFSEL1_Pos                     (4U)
#define GPIO_AFRL_AFSEL1_Msk                     (0xFUL << GPIO_AFRL_AFSEL1_Pos)       /*!< 0x000000F0 */
#define GPIO_AFRL_AFSEL1                         GPIO_AFRL_AFSEL1_Msk
#define GPIO_AFRL_AFSEL2_Pos                     (8U)
#define GPIO_AFRL_AFSEL2_Msk                     (0xFUL << GPIO_AFRL_AFSEL2_Pos)       /*!< 0x00000F00 */
#define GPIO_AFRL_AFSEL2                         GPIO_AFRL_AFSEL2_Msk
#define GPIO_AFRL_AFSEL3_Pos                     (12U)
#define GPIO_AFRL_AFSEL3_Msk                     (0xFUL << GPIO_AFRL_AFSEL3_Pos)       /*!< 0x0000F000 */
#define GPIO_AFRL_AFSEL3                         GPIO_AFRL_AFSEL3_Msk
#define GPIO_AFRL_AFSEL4_Pos                     (16U)
#define GPIO_AFRL_AFSEL4_Msk                     (0xFUL << GPIO_AFRL_AFSEL4_Pos)       /*!< 0x000F0000 */
#define GPIO_AFRL_AFSEL4                         GPIO_AFRL_AFSEL4_Msk
#define GPIO_AFRL_AFSEL5_Pos                     (20U)
#define GPIO_AFRL_AFSEL5_Msk                     (0xFUL << GPIO_AFRL_AFSEL5_Pos)       /*!< 0x00F00000 */
#define GPIO_AFRL_AFSEL5                         GPIO_AFRL_AFSEL5_Msk
#define GPIO_AFRL_AFSEL6_Pos                     (24U)
#define GPIO_AFRL_AFSEL6_Msk                     (0xFUL << GPIO_AFRL_AFSEL6_Pos)       /*!< 0x0F000000 */
#define GPIO_AFRL_AFSEL6                         GPIO_AFRL_AFSEL6_Msk
#define GPIO_AFRL_AFSEL7_Pos                     (28U)
#define GPIO_AFRL_AFSEL7_Msk                     (0xFUL << GPIO_AFRL_AFSEL7_Pos)       /*!< 0xF0000000 */
#define GPIO_AFRL_AFSEL7                         GPIO_AFRL_AFSEL7_Msk

/*******************  Bit definition for GPIO_AFRH register  ********************/
#define GPIO_AFRH_AFSEL8_Pos                     (0U)
#define GPIO_AFRH_AFSEL8_Msk                     (0xFUL << GPIO_AFRH_AFSEL8_Pos)       /*!< 0x0000000F */
#define GPIO_AFRH_AFSEL8                         GPIO_AFRH_AFSEL8_Msk
#define GPIO_AFRH_AFSEL9_Pos                     (4U)
#define GPIO_AFRH_AFSEL9_Msk                     (0xFUL << GPIO_AFRH_AFSEL9_Pos)       /*!< 0x000000F0 */
#define GPIO_AFRH_AFSEL9                         GPIO_AFRH_AFSEL9_Msk
#define GPIO_AFRH_AFSEL10_Pos                    (8U)
#define GPIO_AFRH_AFSEL10_Msk                    (0xFUL << GPIO_AFRH_AFSEL10_Pos)      /*!< 0x00000F00 */
#define GPIO_AFRH_AFSEL10                        GPIO_AFRH_AFSEL10_Msk
#define GPIO_AFRH_AFSEL11_Pos                    (12U)
#define GPIO_AFRH_AFSEL11_Msk                    (0xFUL << GPIO_AFRH_AFSEL11_Pos)      /*!< 0x0000F000 */
#define GPIO_AFRH_AFSEL11                        GPIO_AFRH_AFSEL11_Msk
#define GPIO_AFRH_AFSEL12_Pos                    (16U)
#define GPIO_AFRH_AFSEL12_Msk                    (0xFUL << GPIO_AFRH_AFSEL12_Pos)      /*!< 0x000F0000 */
#define GPIO_AFRH_AFSEL12                        GPIO_AFRH_AFSEL12_Msk
#define GPIO_AFRH_AFSEL13_Pos                    (20U)
#define GPIO_AFRH_AFSEL13_Msk                    (0xFUL << GPIO_AFRH_AFSEL13_Pos)      /*!< 0x00F00000 */
#define GPIO_AFRH_AFSEL13                        GPIO_AFRH_AFSEL13_Msk
#define GPIO_AFRH_AFSEL14_Pos                    (24U)
#define GPIO_AFRH_AFSEL14_Msk                    (0xFUL << GPIO_AFRH_AFSEL14_Pos)      /*!< 0x0F000000 */
#define GPIO_AFRH_AFSEL14                        GPIO_AFRH_AFSEL14_Msk
#define GPIO_AFRH_AFSEL15_Pos                    (28U)
#define GPIO_AFRH_AFSEL15_Msk                    (0xFUL << GPIO_AFRH_AFSEL15_Pos)      /*!< 0xF0000000 */
#define GPIO_AFRH_AFSEL15                        GPIO_AFRH_AFSEL15_Msk

/******************************************************************************/
/*                                                                            */
/*      Universal Synchronous Asynchronous Receiver Transmitter (USART)       */
/*                                                                            */
/******************************************************************************/

/********************  Bit definition for USART_SR register  ********************/
#define USART_SR_PE_Pos                          (0U)
#define USART_SR_PE_Msk                          (0x1UL << USART_SR_PE_Pos)            /*!< 0x00000001 */
#define USART_SR_PE                              USART_SR_PE_Msk
#define USART_SR_FE_Pos                          (1U)
#define USART_SR_FE_Msk                          (0x1UL << USART_SR_FE_Pos)            /*!< 0x00000002 */
#define USART_SR_FE                              USART_SR_FE_Msk
#define USART_SR_NE_Pos                          (2U)
#define USART_SR_NE_Msk                          (0x1UL << USART_SR_NE_Pos)            /*!< 0x00000004 */
#define USART_SR_NE                              USART_SR_NE_Msk
#define USART_SR_ORE_Pos                         (3U)
#define USART_SR_ORE_Msk                         (0x1UL << USART_SR_ORE_Pos)           /*!< 0x00000008 */
#define USART_SR_ORE                             USART_SR_ORE_Msk
#define USART_SR_IDLE_Pos                        (4U)
#define USART_SR_IDLE_Msk                        (0x1UL << USART_SR_IDLE_Pos)          /*!< 0x00000010 */
#define USART_SR_IDLE                            USART_SR_IDLE_Msk
#define USART_SR_RXNE_Pos                        (5U)
#define USART_SR_RXNE_Msk                        (0x1UL << USART_SR_RXNE_Pos)          /*!< 0x00000020 */
#define USART_SR_RXNE                            USART_SR_RXNE_Msk
#define USART_SR_TC_Pos                          (6U)
#define USART_SR_TC_Msk                          (0x1UL << USART_SR_TC_Pos)            /*!< 0x00000040 */
#define USART_SR_TC                              USART_SR_TC_Msk
#define USART_SR_TXE_Pos                         (7U)
#define USART_SR_TXE_Msk                         (0x1UL << USART_SR_TXE_Pos)           /*!< 0x00000080 */
#define USART_SR_TXE                             USART_SR_TXE_Msk
#define USART_SR_LBD_Pos                         (8U)
#define USART_SR_LBD_Msk                         (0x1UL << USART_SR_LBD_Pos)           /*!< 0x00000100 */
#define USART_SR_LBD                             USART_SR_LBD_Msk
#define USART_SR_CTS_Pos                         (9U)
#define USART_SR_CTS_Msk                         (0x1UL << USART_SR_CTS_Pos)           /*!< 0x00000200 */
#define USART_SR_CTS                             USART_SR_CTS_Msk

/********************  Bit definition for USART_DR register  ********************/
#define USART_DR_DR_Pos                          (0U)
#define USART_DR_DR_Msk                          (0x1FFUL << USART_DR_DR_Pos)          /*!< 0x000001FF */
#define USART_DR_DR                              USART_DR_DR_Msk

/*******************  Bit definition for USART_BRR register  ********************/
#define USART_BRR_DIV_Fraction_Pos               (0U)
#define USART_BRR_DIV_Fraction_Msk               (0xFUL << USART_BRR_DIV_Fraction_Pos) /*!< 0x0000000F */
#define USART_BRR_DIV_Fraction                   USART_BRR_DIV_Fraction_Msk
#define USART_BRR_DIV_Fraction_0                 (0x1UL << USART_BRR_DIV_Fraction_Pos) /*!< 0x00000001 */
#define USART_BRR_DIV_Fraction_1                 (0x2UL << USART_BRR_DIV_Fraction_Pos) /*!< 0x00000002 */
#define USART_BRR_DIV_Fraction_2                 (0x4UL << USART_BRR_DIV_Fraction_Pos) /*!< 0x00000004 */
#define USART_BRR_DIV_Fraction_3                 (0x8UL << USART_BRR_DIV_Fraction_Pos) /*!< 0x00000008 */
#define USART_BRR_DIV_Mantissa_Pos               (4U)
#define USART_BRR_DIV_Mantissa_Msk               (0xFFFUL << USART_BRR_DIV_Mantissa_Pos) /*!< 0x0000FFF0 */
#define USART_BRR_DIV_Mantissa                   USART_BRR_DIV_Mantissa_Msk

/*******************  Bit definition for USART_CR1 register  ********************/
#define USART_CR1_SBK_Pos                        (0U)
#define USART_CR1_SBK_Msk                        (0x1UL << USART_CR1_SBK_Pos)          /*!< 0x00000001 */
#define USART_CR1_SBK                            USART_CR1_SBK_Msk
#define USART_CR1_RWU_Pos                        (1U)
#define USART_CR1_RWU_Msk                        (0x1UL << USART_CR1_RWU_Pos)          /*!< 0x00000002 */
#define USART_CR1_RWU                            USART_CR1_RWU_Msk
#define USART_CR1_RE_Pos                         (2U)
#define USART_CR1_RE_Msk                         (0x1UL << USART_CR1_RE_Pos)           /*!< 0x00000004 */
#define USART_CR1_RE                             USART_CR1_RE_Msk
#define USART_CR1_TE_Pos                         (3U)
#define USART_CR1_TE_Msk                         (0x1UL << USART_CR1_TE_Pos)           /*!< 0x00000008 */
#define USART_CR1_TE                             USART_CR1_TE_Msk
#define USART_CR1_IDLEIE_Pos                     (4U)
#define USART_CR1_IDLEIE_Msk                     (0x1UL << USART_CR1_IDLEIE_Pos)       /*!< 0x00000010 */
#define USART_CR1_IDLEIE                         USART_CR1_IDLEIE_Msk
#define USART_CR1_RXNEIE_Pos                     (5U)
#define USART_CR1_RXNEIE_Msk                     (0x1UL << USART_CR1_RXNEIE_Pos)       /*!< 0x00000020 */
#define USART_CR1_RXNEIE                         USART_CR1_RXNEIE_Msk
#define USART_CR1_TCIE_Pos                       (6U)
#define USART_CR1_TCIE_Msk                       (0x1UL << USART_CR1_TCIE_Pos)         /*!< 0x00000040 */
#define USART_CR1_TCIE                           USART_CR1_TCIE_Msk
#define USART_CR1_TXEIE_Pos                      (7U)
#define USART_CR1_TXEIE_Msk                      (0x1UL << USART_CR1_TXEIE_Pos)        /*!< 0x00000080 */
#define USART_CR1_TXEIE                          USART_CR1_TXEIE_Msk
#define USART_CR1_PEIE_Pos                       (8U)
#define USART_CR1_PEIE_Msk                       (0x1UL << USART_CR1_PEIE_Pos)         /*!< 0x00000100 */
#define USART_CR1_PEIE                           USART_CR1_PEIE_Msk
#define USART_CR1_PS_Pos                         (9U)
#define USART_CR1_PS_Msk                         (0x1UL << USART_CR1_PS_Pos)           /*!< 0x00000200 */
#define USART_CR1_PS                             USART_CR1_PS_Msk
#define USART_CR1_PCE_Pos                        (10U)
#define USART_CR1_PCE_Msk                        (0x1UL << USART_CR1_PCE_Pos)          /*!< 0x00000400 */
#define USART_CR1_PCE                            USART_CR1_PCE_Msk
#define USART_CR1_WAKE_Pos                       (11U)
#define USART_CR1_WAKE_Msk                       (0x1UL << USART_CR1_WAKE_Pos)         /*!< 0x00000800 */
#define USART_CR1_WAKE                           USART_CR1_WAKE_Msk
#define USART_CR1_M_Pos                          (12U)
#define USART_CR1_M_Msk                          (0x1UL << USART_CR1_M_Pos)            /*!< 0x00001000 */
#define USART_CR1_M                              USART_CR1_M_Msk
#define USART_CR1_UE_Pos                         (13U)
#define USART_CR1_UE_Msk                         (0x1UL << USART_CR1_UE_Pos)           /*!< 0x00002000 */
#define USART_CR1_UE                             USART_CR1_UE_Msk
#define USART_CR1_OVER8_Pos                      (15U)
#define USART_CR1_OVER8_Msk                      (0x1UL << USART_CR1_OVER8_Pos)        /*!< 0x00008000 */
#define USART_CR1_OVER8                          USART_CR1_OVER8_Msk

/*******************  Bit definition for USART_CR2 register  ********************/
#define USART_CR2_ADD_Pos                        (0U)
#define USART_CR2_ADD_Msk                        (0xFUL << USART_CR2_ADD_Pos)          /*!< 0x0000000F */
#define USART_CR2_ADD                            USART_CR2_ADD_Msk
#define USART_CR2_ADD_0                          (0x1UL << USART_CR2_ADD_Pos)          /*!< 0x00000001 */
#define USART_CR2_ADD_1                          (0x2UL << USART_CR2_ADD_Pos)          /*!< 0x00000002 */
#define USART_CR2_ADD_2                          (0x4UL << USART_CR2_ADD_Pos)          /*!< 0x00000004 */
#define USART_CR2_ADD_3                          (0x8UL << USART_CR2_ADD_Pos)          /*!< 0x00000008 */
#define USART_CR2_LBDL_Pos                       (5U)
#define USART_CR2_LBDL_Msk                       (0x1UL << USART_CR2_LBDL_Pos)         /*!< 0x00000020 */
#define USART_CR2_LBDL                           USART_CR2_LBDL_Msk
#define USART_CR2_LBDIE_Pos                      (6U)
#define USART_CR2_LBDIE_Msk                      (0x1UL << USART_CR2_LBDIE_Pos)        /*!< 0x00000040 */
#define USART_CR2_LBDIE                          USART_CR2_LBDIE_Msk
#define USART_CR2_LBCL_Pos                       (8U)
#define USART_CR2_LBCL_Msk                       (0x1UL << USART_CR2_LBCL_Pos)         /*!< 0x00000100 */
#define USART_CR2_LBCL                           USART_CR2_LBCL_Msk
#define USART_CR2_CPHA_Pos                       (9U)
#define USART_CR2_CPHA_Msk                       (0x1UL << USART_CR2_CPHA_Pos)         /*!< 0x00000200 */
#define USART_CR2_CPHA                           USART_CR2_CPHA_Msk
#define USART_CR2_CPOL_Pos                       (10U)
#define USART_CR2_CPOL_Msk                       (0x1UL << USART_CR2_CPOL_Pos)         /*!< 0x00000400 */
#define USART_CR2_CPOL                           USART_CR2_CPOL_Msk
#define USART_CR2_CLKEN_Pos                      (11U)
#define USART_CR2_CLKEN_Msk                      (0x1UL << USART_CR2_CLKEN_Pos)        /*!< 0x00000800 */
#define USART_CR2_CLKEN                          USART_CR2_CLKEN_Msk
#define USART_CR2_STOP_Pos                       (12U)
#define USART_CR2_STOP_Msk                       (0x3UL << USART_CR2_STOP_Pos)         /*!< 0x00003000 */
#define USART_CR2_STOP                           USART_CR2_STOP_Msk
#define USART_CR2_STOP_0                         (0x1UL << USART_CR2_STOP_Pos)         /*!< 0x00001000 */
#define USART_CR2_STOP_1                         (0x2UL << USART_CR2_STOP_Pos)         /*!< 0x00002000 */
#define USART_CR2_LINEN_Pos                      (14U)
#define USART_CR2_LINEN_Msk                      (0x1UL << USART_CR2_LINEN_Pos)        /*!< 0x00004000 */
#define USART_CR2_LINEN                          USART_CR2_LINEN_Msk

/*******************  Bit definition for USART_CR3 register  ********************/
#define USART_CR3_EIE_Pos                        (0U)
#define USART_CR3_EIE_Msk                        (0x1UL << USART_CR3_EIE_Pos)          /*!< 0x00000001 */
#define USART_CR3_EIE                            USART_CR3_EIE_Msk
#define USART_CR3_IREN_Pos                       (1U)
#define USART_CR3_IREN_Msk                       (0x1UL << USART_CR3_IREN_Pos)         /*!< 0x00000002 */
#define USART_CR3_IREN                           USART_CR3_IREN_Msk
#define USART_CR3_IRLP_Pos                       (2U)
#define USART_CR3_IRLP_Msk                       (0x1UL << USART_CR3_IRLP_Pos)         /*!< 0x00000004 */
#define USART_CR3_IRLP                           USART_CR3_IRLP_Msk
#define USART_CR3_HDSEL_Pos                      (3U)
#define USART_CR3_HDSEL_Msk                      (0x1UL << USART_CR3_HDSEL_Pos)        /*!< 0x00000008 */
#define USART_CR3_HDSEL                          USART_CR3_HDSEL_Msk
#define USART_CR3_NACK_Pos                       (4U)
#define USART_CR3_NACK_Msk                       (0x1UL << USART_CR3_NACK_Pos)         /*!< 0x00000010 */
#define USART_CR3_NACK                           USART_CR3_NACK_Msk
#define USART_CR3_SCEN_Pos                       (5U)
#define USART_CR3_SCEN_Msk                       (0x1UL << USART_CR3_SCEN_Pos)         /*!< 0x00000020 */
#define USART_CR3_SCEN                           USART_CR3_SCEN_Msk
#define USART_CR3_DMAR_Pos                       (6U)
#define USART_CR3_DMAR_Msk                       (0x1UL << USART_CR3_DMAR_Pos)         /*!< 0x00000040 */
#define USART_CR3_DMAR                           USART_CR3_DMAR_Msk
#define USART_CR3_DMAT_Pos                       (7U)
#define USART_CR3_DMAT_Msk                       (0x1UL << USART_CR3_DMAT_Pos)         /*!< 0x00000080 */
#define USART_CR3_DMAT                           USART_CR3_DMAT_Msk
#define USART_CR3_RTSE_Pos                       (8U)
#define USART_CR3_RTSE_Msk                       (0x1UL << USART_CR3_RTSE_Pos)         /*!< 0x00000100 */
#define USART_CR3_RTSE                           USART_CR3_RTSE_Msk
#define USART_CR3_CTSE_Pos                       (9U)
#define USART_CR3_CTSE_Msk                       (0x1UL << USART_CR3_CTSE_Pos)         /*!< 0x00000200 */
#define USART_CR3_CTSE                           USART_CR3_CTSE_Msk
#define USART_CR3_CTSIE_Pos                      (10U)
#define USART_CR3_CTSIE_Msk                      (0x1UL << USART_CR3_CTSIE_Pos)        /*!< 0x00000400 */
#define USART_CR3_CTSIE                          USART_CR3_CTSIE_Msk
#define USART_CR3_ONEBIT_Pos                     (11U)
#define USART_CR3_ONEBIT_Msk                     (0x1UL << USART_CR3_ONEBIT_Pos)       /*!< 0x00000800 */
#define USART_CR3_ONEBIT                         USART_CR3_ONEBIT_Msk

/*******************  Bit definition for USART_GTPR register  *******************/
#define USART_GTPR_PSC_Pos                       (0U)
#define USART_GTPR_PSC_Msk                       (0xFFUL << USART_GTPR_PSC_Pos)        /*!< 0x000000FF */
#define USART_GTPR_PSC                           USART_GTPR_PSC_Msk
#define USART_GTPR_GT_Pos                        (8U)
#define USART_GTPR_GT_Msk                        (0xFFUL << USART_GTPR_GT_Pos)         /*!< 0x0000FF00 */
#define USART_GTPR_GT                            USART_GTPR_GT_Msk

/******************************************************************************/
/*                                                                            */
/*                          FLASH and Power Control                           */
/*                                                                            */
/******************************************************************************/

/*******************  Bit definition for FLASH_ACR register  ********************/
#define FLASH_ACR_LATENCY_Pos                    (0U)
#define FLASH_ACR_LATENCY_Msk                    (0xFUL << FLASH_ACR_LATENCY_Pos)      /*!< 0x0000000F */
#define FLASH_ACR_LATENCY                        FLASH_ACR_LATENCY_Msk
#define FLASH_ACR_LATENCY_0                      (0x1UL << FLASH_ACR_LATENCY_Pos)      /*!< 0x00000001 */
#define FLASH_ACR_LATENCY_1                      (0x2UL << FLASH_ACR_LATENCY_Pos)      /*!< 0x00000002 */
#define FLASH_ACR_LATENCY_2                      (0x4UL << FLASH_ACR_LATENCY_Pos)      /*!< 0x00000004 */
#define FLASH_ACR_LATENCY_3                      (0x8UL << FLASH_ACR_LATENCY_Pos)      /*!< 0x00000008 */
#define FLASH_ACR_PRFTEN_Pos                     (8U)
#define FLASH_ACR_PRFTEN_Msk                     (0x1UL << FLASH_ACR_PRFTEN_Pos)       /*!< 0x00000100 */
#define FLASH_ACR_PRFTEN                         FLASH_ACR_PRFTEN_Msk
#define FLASH_ACR_ICEN_Pos                       (9U)
#define FLASH_ACR_ICEN_Msk                       (0x1UL << FLASH_ACR_ICEN_Pos)         /*!< 0x00000200 */
#define FLASH_ACR_ICEN                           FLASH_ACR_ICEN_Msk
#define FLASH_ACR_DCEN_Pos                       (10U)
#define FLASH_ACR_DCEN_Msk                       (0x1UL << FLASH_ACR_DCEN_Pos)         /*!< 0x00000400 */
#define FLASH_ACR_DCEN                           FLASH_ACR_DCEN_Msk
#define FLASH_ACR_ICRST_Pos                      (11U)
#define FLASH_ACR_ICRST_Msk                      (0x1UL << FLASH_ACR_ICRST_Pos)        /*!< 0x00000800 */
#define FLASH_ACR_ICRST                          FLASH_ACR_ICRST_Msk
#define FLASH_ACR_DCRST_Pos                      (12U)
#define FLASH_ACR_DCRST_Msk                      (0x1UL << FLASH_ACR_DCRST_Pos)        /*!< 0x00001000 */
#define FLASH_ACR_DCRST                          FLASH_ACR_DCRST_Msk

/********************  Bit definition for FLASH_SR register  ********************/
#define FLASH_SR_EOP_Pos                         (0U)
#define FLASH_SR_EOP_Msk                         (0x1UL << FLASH_SR_EOP_Pos)           /*!< 0x00000001 */
#define FLASH_SR_EOP                             FLASH_SR_EOP_Msk
#define FLASH_SR_SOP_Pos                         (1U)
#define FLASH_SR_SOP_Msk                         (0x1UL << FLASH_SR_SOP_Pos)           /*!< 0x00000002 */
#define FLASH_SR_SOP                             FLASH_SR_SOP_Msk
#define FLASH_SR_WRPERR_Pos                      (4U)
#define FLASH_SR_WRPERR_Msk                      (0x1UL << FLASH_SR_WRPERR_Pos)        /*!< 0x00000010 */
#define FLASH_SR_WRPERR                          FLASH_SR_WRPERR_Msk
#define FLASH_SR_PGAERR_Pos                      (5U)
#define FLASH_SR_PGAERR_Msk                      (0x1UL << FLASH_SR_PGAERR_Pos)        /*!< 0x00000020 */
#define FLASH_SR_PGAERR                          FLASH_SR_PGAERR_Msk
#define FLASH_SR_PGPERR_Pos                      (6U)
#define FLASH_SR_PGPERR_Msk                      (0x1UL << FLASH_SR_PGPERR_Pos)        /*!< 0x00000040 */
#define FLASH_SR_PGPERR                          FLASH_SR_PGPERR_Msk
#define FLASH_SR_PGSERR_Pos                      (7U)
#define FLASH_SR_PGSERR_Msk                      (0x1UL << FLASH_SR_PGSERR_Pos)        /*!< 0x00000080 */
#define FLASH_SR_PGSERR                          FLASH_SR_PGSERR_Msk
#define FLASH_SR_RDERR_Pos                       (8U)
#define FLASH_SR_RDERR_Msk                       (0x1UL << FLASH_SR_RDERR_Pos)         /*!< 0x00000100 */
#define FLASH_SR_RDERR                           FLASH_SR_RDERR_Msk
#define FLASH_SR_BSY_Pos                         (16U)
#define FLASH_SR_BSY_Msk                         (0x1UL << FLASH_SR_BSY_Pos)           /*!< 0x00010000 */
#define FLASH_SR_BSY                             FLASH_SR_BSY_Msk

/********************  Bit definition for FLASH_CR register  ********************/
#define FLASH_CR_PG_Pos                          (0U)
#define FLASH_CR_PG_Msk                          (0x1UL << FLASH_CR_PG_Pos)            /*!< 0x00000001 */
#define FLASH_CR_PG                              FLASH_CR_PG_Msk
#define FLASH_CR_SER_Pos                         (1U)
#define FLASH_CR_SER_Msk                         (0x1UL << FLASH_CR_SER_Pos)           /*!< 0x00000002 */
#define FLASH_CR_SER                             FLASH_CR_SER_Msk
#define FLASH_CR_MER_Pos                         (2U)
#define FLASH_CR_MER_Msk                         (0x1UL << FLASH_CR_MER_Pos)           /*!< 0x00000004 */
#define FLASH_CR_MER                             FLASH_CR_MER_Msk
#define FLASH_CR_SNB_Pos                         (3U)
#define FLASH_CR_SNB_Msk                         (0xFUL << FLASH_CR_SNB_Pos)           /*!< 0x00000078 */
#define FLASH_CR_SNB                             FLASH_CR_SNB_Msk
#define FLASH_CR_SNB_0                           (0x1UL << FLASH_CR_SNB_Pos)           /*!< 0x00000008 */
#define FLASH_CR_SNB_1                           (0x2UL << FLASH_CR_SNB_Pos)           /*!< 0x00000010 */
#define FLASH_CR_SNB_2                           (0x4UL << FLASH_CR_SNB_Pos)           /*!< 0x00000020 */
#define FLASH_CR_SNB_3                           (0x8UL << FLASH_CR_SNB_Pos)           /*!< 0x00000040 */
#define FLASH_CR_PSIZE_Pos                       (8U)
#define FLASH_CR_PSIZE_Msk                       (0x3UL << FLASH_CR_PSIZE_Pos)         /*!< 0x00000300 */
#define FLASH_CR_PSIZE                           FLASH_CR_PSIZE_Msk
#define FLASH_CR_PSIZE_0                         (0x1UL << FLASH_CR_PSIZE_Pos)         /*!< 0x00000100 */
#define FLASH_CR_PSIZE_1                         (0x2UL << FLASH_CR_PSIZE_Pos)         /*!< 0x00000200 */
#define FLASH_CR_STRT_Pos                        (16U)
#define FLASH_CR_STRT_Msk                        (0x1UL << FLASH_CR_STRT_Pos)          /*!< 0x00010000 */
#define FLASH_CR_STRT                            FLASH_CR_STRT_Msk
#define FLASH_CR_EOPIE_Pos                       (24U)
#define FLASH_CR_EOPIE_Msk                       (0x1UL << FLASH_CR_EOPIE_Pos)         /*!< 0x01000000 */
#define FLASH_CR_EOPIE                           FLASH_CR_EOPIE_Msk
#define FLASH_CR_ERRIE_Pos                       (25U)
#define FLASH_CR_ERRIE_Msk                       (0x1UL << FLASH_CR_ERRIE_Pos)         /*!< 0x02000000 */
#define FLASH_CR_ERRIE                           FLASH_CR_ERRIE_Msk
#define FLASH_CR_LOCK_Pos                        (31U)
#define FLASH_CR_LOCK_Msk                        (0x1UL << FLASH_CR_LOCK_Pos)          /*!< 0x80000000 */
#define FLASH_CR_LOCK                            FLASH_CR_LOCK_Msk

/*********************  Bit definition for PWR_CR register  *********************/
#define PWR_CR_LPDS_Pos                          (0U)
#define PWR_CR_LPDS_Msk                          (0x1UL << PWR_CR_LPDS_Pos)            /*!< 0x00000001 */
#define PWR_CR_LPDS                              PWR_CR_LPDS_Msk
#define PWR_CR_PDDS_Pos                          (1U)
#define PWR_CR_PDDS_Msk                          (0x1UL << PWR_CR_PDDS_Pos)            /*!< 0x00000002 */
#define PWR_CR_PDDS                              PWR_CR_PDDS_Msk
#define PWR_CR_CWUF_Pos                          (2U)
#define PWR_CR_CWUF_Msk                          (0x1UL << PWR_CR_CWUF_Pos)            /*!< 0x00000004 */
#define PWR_CR_CWUF                              PWR_CR_CWUF_Msk
#define PWR_CR_CSBF_Pos                          (3U)
#define PWR_CR_CSBF_Msk                          (0x1UL << PWR_CR_CSBF_Pos)            /*!< 0x00000008 */
#define PWR_CR_CSBF                              PWR_CR_CSBF_Msk
#define PWR_CR_PVDE_Pos                          (4U)
#define PWR_CR_PVDE_Msk                          (0x1UL << PWR_CR_PVDE_Pos)            /*!< 0x00000010 */
#define PWR_CR_PVDE                              PWR_CR_PVDE_Msk
#define PWR_CR_PLS_Pos                           (5U)
#define PWR_CR_PLS_Msk                           (0x7UL << PWR_CR_PLS_Pos)             /*!< 0x000000E0 */
#define PWR_CR_PLS                               PWR_CR_PLS_Msk
#define PWR_CR_PLS_0                             (0x1UL << PWR_CR_PLS_Pos)             /*!< 0x00000020 */
#define PWR_CR_PLS_1                             (0x2UL << PWR_CR_PLS_Pos)             /*!< 0x00000040 */
#define PWR_CR_PLS_2                             (0x4UL << PWR_CR_PLS_Pos)             /*!< 0x00000080 */
#define PWR_CR_DBP_Pos                           (8U)
#define PWR_CR_DBP_Msk                           (0x1UL << PWR_CR_DBP_Pos)             /*!< 0x00000100 */
#define PWR_CR_DBP                               PWR_CR_DBP_Msk
#define PWR_CR_FPDS_Pos                          (9U)
#define PWR_CR_FPDS_Msk                          (0x1UL << PWR_CR_FPDS_Pos)            /*!< 0x00000200 */
#define PWR_CR_FPDS                              PWR_CR_FPDS_Msk
#define PWR_CR_LPLVDS_Pos                        (10U)
#define PWR_CR_LPLVDS_Msk                        (0x1UL << PWR_CR_LPLVDS_Pos)          /*!< 0x00000400 */
#define PWR_CR_LPLVDS                            PWR_CR_LPLVDS_Msk
#define PWR_CR_MRLVDS_Pos                        (11U)
#define PWR_CR_MRLVDS_Msk                        (0x1UL << PWR_CR_MRLVDS_Pos)          /*!< 0x00000800 */
#define PWR_CR_MRLVDS                            PWR_CR_MRLVDS_Msk
#define PWR_CR_ADCDC1_Pos                        (13U)
#define PWR_CR_ADCDC1_Msk                        (0x1UL << PWR_CR_ADCDC1_Pos)          /*!< 0x00002000 */
#define PWR_CR_ADCDC1                            PWR_CR_ADCDC1_Msk
#define PWR_CR_VOS_Pos                           (14U)
#define PWR_CR_VOS_Msk                           (0x3UL << PWR_CR_VOS_Pos)             /*!< 0x0000C000 */
#define PWR_CR_VOS                               PWR_CR_VOS_Msk
#define PWR_CR_VOS_0                             (0x1UL << PWR_CR_VOS_Pos)             /*!< 0x00004000 */
#define PWR_CR_VOS_1                             (0x2UL << PWR_CR_VOS_Pos)             /*!< 0x00008000 */

/********************  Bit definition for PWR_CSR register  *********************/
#define PWR_CSR_WUF_Pos                          (0U)
#define PWR_CSR_WUF_Msk                          (0x1UL << PWR_CSR_WUF_Pos)            /*!< 0x00000001 */
#define PWR_CSR_WUF                              PWR_CSR_WUF_Msk
#define PWR_CSR_SBF_Pos                          (1U)
#define PWR_CSR_SBF_Msk                          (0x1UL << PWR_CSR_SBF_Pos)            /*!< 0x00000002 */
#define PWR_CSR_SBF                              PWR_CSR_SBF_Msk
#define PWR_CSR_PVDO_Pos                         (2U)
#define PWR_CSR_PVDO_Msk                         (0x1UL << PWR_CSR_PVDO_Pos)           /*!< 0x00000004 */
#define PWR_CSR_PVDO                             PWR_CSR_PVDO_Msk
#define PWR_CSR_BRR_Pos                          (3U)
#define PWR_CSR_BRR_Msk                          (0x1UL << PWR_CSR_BRR_Pos)            /*!< 0x00000008 */
#define PWR_CSR_BRR                              PWR_CSR_BRR_Msk
#define PWR_CSR_EWUP_Pos                         (8U)
#define PWR_CSR_EWUP_Msk                         (0x1UL << PWR_CSR_EWUP_Pos)           /*!< 0x00000100 */
#define PWR_CSR_EWUP                             PWR_CSR_EWUP_Msk
#define PWR_CSR_BRE_Pos                          (9U)
#define PWR_CSR_BRE_Msk                          (0x1UL << PWR_CSR_BRE_Pos)            /*!< 0x00000200 */
#define PWR_CSR_BRE                              PWR_CSR_BRE_Msk
#define PWR_CSR_VOSRDY_Pos                       (14U)
#define PWR_CSR_VOSRDY_Msk                       (0x1UL << PWR_CSR_VOSRDY_Pos)         /*!< 0x00004000 */
#define PWR_CSR_VOSRDY                           PWR_CSR_VOSRDY_Msk

/************************  Register field values  *****************************/
/* SYSCLK source selection (SW) */
#define RCC_CFGR_SW_HSI                          0x00000000U
#define RCC_CFGR_SW_HSE                          0x00000001U
#define RCC_CFGR_SW_PLL                          0x00000002U

/* SYSCLK source status (SWS) */
#define RCC_CFGR_SWS_HSI                         0x00000000U
#define RCC_CFGR_SWS_HSE                         0x00000004U
#define RCC_CFGR_SWS_PLL                         0x00000008U

/* AHB prescaler (HPRE) */
#define RCC_CFGR_HPRE_DIV1                       0x00000000U
#define RCC_CFGR_HPRE_DIV2                       0x00000080U
#define RCC_CFGR_HPRE_DIV4                       0x00000090U
#define RCC_CFGR_HPRE_DIV8                       0x000000A0U
#define RCC_CFGR_HPRE_DIV16                      0x000000B0U
#define RCC_CFGR_HPRE_DIV64                      0x000000C0U
#define RCC_CFGR_HPRE_DIV128                     0x000000D0U
#define RCC_CFGR_HPRE_DIV256                     0x000000E0U
#define RCC_CFGR_HPRE_DIV512                     0x000000F0U

/* APB1 prescaler (PPRE1) */
#define RCC_CFGR_PPRE1_DIV1                      0x00000000U
#define RCC_CFGR_PPRE1_DIV2                      0x00001000U
#define RCC_CFGR_PPRE1_DIV4                      0x00001400U
#define RCC_CFGR_PPRE1_DIV8                      0x00001800U
#define RCC_CFGR_PPRE1_DIV16                     0x00001C00U

/* APB2 prescaler (PPRE2) */
#define RCC_CFGR_PPRE2_DIV1                      0x00000000U
#define RCC_CFGR_PPRE2_DIV2                      0x00008000U
#define RCC_CFGR_PPRE2_DIV4                      0x0000A000U
#define RCC_CFGR_PPRE2_DIV8                      0x0000C000U
#define RCC_CFGR_PPRE2_DIV16                     0x0000E000U

/* Flash wait states (LATENCY) */
#define FLASH_ACR_LATENCY_0WS                    0x00000000U
#define FLASH_ACR_LATENCY_1WS                    0x00000001U
#define FLASH_ACR_LATENCY_2WS                    0x00000002U
#define FLASH_ACR_LATENCY_3WS                    0x00000003U
#define FLASH_ACR_LATENCY_4WS                    0x00000004U
#define FLASH_ACR_LATENCY_5WS                    0x00000005U
#define FLASH_ACR_LATENCY_6WS                    0x00000006U
#define FLASH_ACR_LATENCY_7WS                    0x00000007U

/************************  FLASH key values (RM0383 3.5.1)  **********************/
#define FLASH_KEY1                               0x45670123UL
#define FLASH_KEY2                               0xCDEF89ABUL
#define FLASH_OPT_KEY1                           0x08192A3BUL
#define FLASH_OPT_KEY2                           0x4C5D6E7FUL

/************************  IWDG key register values  ***************************/
#define IWDG_KEY_RELOAD                          0x0000AAAAUL  /*!< Reload the counter     */
#define IWDG_KEY_ENABLE                          0x0000CCCCUL  /*!< Start the watchdog     */
#define IWDG_KEY_WRITE_ACCESS                    0x00005555UL  /*!< Unlock PR and RLR      */

/**
  * @}
  */

/**
  * @}
  */

/** @addtogroup Exported_macros
  * @{
  */

/******************************* GPIO Instances *******************************/
#define IS_GPIO_ALL_INSTANCE(INSTANCE) (((INSTANCE) == GPIOA) || \
                                        ((INSTANCE) == GPIOB) || \
                                        ((INSTANCE) == GPIOC) || \
                                        ((INSTANCE) == GPIOD) || \
                                        ((INSTANCE) == GPIOE) || \
                                        ((INSTANCE) == GPIOH))

/******************** USART Instances : Synchronous mode **********************/
#define IS_USART_INSTANCE(INSTANCE) (((INSTANCE) == USART1) || \
                                     ((INSTANCE) == USART2) || \
                                     ((INSTANCE) == USART6))

/******************** UART Instances : Asynchronous mode **********************/
#define IS_UART_INSTANCE(INSTANCE) (((INSTANCE) == USART1) || \
                                    ((INSTANCE) == USART2) || \
                                    ((INSTANCE) == USART6))

/****************** UART Instances : Hardware Flow control ********************/
#define IS_UART_HWFLOW_INSTANCE(INSTANCE) (((INSTANCE) == USART1) || \
                                           ((INSTANCE) == USART2) || \
                                           ((INSTANCE) == USART6))

/******************************** SPI Instances *******************************/
#define IS_SPI_ALL_INSTANCE(INSTANCE) (((INSTANCE) == SPI1) || \
                                       ((INSTANCE) == SPI2) || \
                                       ((INSTANCE) == SPI3) || \
                                       ((INSTANCE) == SPI4) || \
                                       ((INSTANCE) == SPI5))

/******************************** I2C Instances *******************************/
#define IS_I2C_ALL_INSTANCE(INSTANCE) (((INSTANCE) == I2C1) || \
                                       ((INSTANCE) == I2C2) || \
                                       ((INSTANCE) == I2C3))

/****************************** TIM Instances *********************************/
#define IS_TIM_INSTANCE(INSTANCE) (((INSTANCE) == TIM1)  || \
                                   ((INSTANCE) == TIM2)  || \
                                   ((INSTANCE) == TIM3)  || \
                                   ((INSTANCE) == TIM4)  || \
                                   ((INSTANCE) == TIM5)  || \
                                   ((INSTANCE) == TIM9)  || \
                                   ((INSTANCE) == TIM10) || \
                                   ((INSTANCE) == TIM11))

/***************************** DMA Stream Instances ***************************/
#define IS_DMA_STREAM_ALL_INSTANCE(INSTANCE) (((INSTANCE) == DMA1_Stream0) || \
                                              ((INSTANCE) == DMA1_Stream1) || \
                                              ((INSTANCE) == DMA1_Stream2) || \
                                              ((INSTANCE) == DMA1_Stream3) || \
                                              ((INSTANCE) == DMA1_Stream4) || \
                                              ((INSTANCE) == DMA1_Stream5) || \
                                              ((INSTANCE) == DMA1_Stream6) || \
                                              ((INSTANCE) == DMA1_Stream7) || \
                                              ((INSTANCE) == DMA2_Stream0) || \
                                              ((INSTANCE) == DMA2_Stream1) || \
                                              ((INSTANCE) == DMA2_Stream2) || \
                                              ((INSTANCE) == DMA2_Stream3) || \
                                              ((INSTANCE) == DMA2_Stream4) || \
                                              ((INSTANCE) == DMA2_Stream5) || \
                                              ((INSTANCE) == DMA2_Stream6) || \
                                              ((INSTANCE) == DMA2_Stream7))

/***************** Device limits used by the clock tree code ******************/
#define RCC_MAX_FREQUENCY            100000000U  /*!< Max frequency of family in Hz */
#define RCC_MAX_FREQUENCY_SCALE1     RCC_MAX_FREQUENCY
#define RCC_MAX_FREQUENCY_SCALE2      84000000U  /*!< Maximum frequency for system clock at power scale2, in Hz */
#define RCC_MAX_FREQUENCY_SCALE3      64000000U  /*!< Maximum frequency for system clock at power scale3, in Hz */
#define RCC_PLLVCO_OUTPUT_MIN        100000000U  /*!< Frequency min for PLLVCO output, in Hz */
#define RCC_PLLVCO_INPUT_MIN            950000U  /*!< Frequency min for PLLVCO input, in Hz  */
#define RCC_PLLVCO_INPUT_MAX           2100000U  /*!< Frequency max for PLLVCO input, in Hz  */
#define RCC_PLLVCO_OUTPUT_MAX        432000000U  /*!< Frequency max for PLLVCO output, in Hz */

#define RCC_PLLN_MIN_VALUE                  50U
#define RCC_PLLN_MAX_VALUE                 432U

/**
  * @}
  */

/**
  * @}
  */

#ifdef __cplusplus
}
#endif /* __cplusplus */

#endif /* STM32F411XE_H */
