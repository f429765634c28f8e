/**
  ******************************************************************************
  * @file    stm32f4xx.h
  * @brief   CMSIS STM32F4xx device peripheral access layer umbrella header.
  *
  * Selects the device header from the part macro given on the command line
  * (-DSTM32F411xE). Only the STM32F411 is provided by this package.
  ******************************************************************************
  * Copyright (c) 2024 The Spark sample authors.
  * SPDX-License-Identifier: Apache-2.0
  ******************************************************************************
  */

#ifndef STM32F4XX_H
#define STM32F4XX_H

#ifdef __cplusplus
 extern "C" {
#endif /* __cplusplus */

#if !defined (STM32F411xE) && !defined (STM32F411xC)
  #error "Please select the target STM32F4xx device (-DSTM32F411xE) in your toolchain"
#endif

/**
  * @brief CMSIS Device version number
  */
#define STM32F4XX_SAMPLE_VERSION_MAIN   (0x01U) /*!< [31:24] main version */
#define STM32F4XX_SAMPLE_VERSION_SUB1   (0x02U) /*!< [23:16] sub1 version */
#define STM32F4XX_SAMPLE_VERSION_SUB2   (0x00U) /*!< [15:8]  sub2 version */
#define STM32F4XX_SAMPLE_VERSION        ((STM32F4XX_SAMPLE_VERSION_MAIN << 24) \
                                        |(STM32F4XX_SAMPLE_VERSION_SUB1 << 16) \
                                        |(STM32F4XX_SAMPLE_VERSION_SUB2 << 8 ))

#include "stm32f411xe.h"

typedef enum
{
  RESET = 0U,
  SET = !RESET
} FlagStatus, ITStatus;

typedef enum
{
  DISABLE = 0U,
  ENABLE = !DISABLE
} FunctionalState;
#define IS_FUNCTIONAL_STATE(STATE) (((STATE) == DISABLE) || ((STATE) == ENABLE))

typedef enum
{
  SUCCESS = 0U,
  ERROR = !SUCCESS
} ErrorStatus;

/** @addtogroup Exported_macros
  * @{
  */
#define SET_BIT(REG, BIT)     ((REG) |= (BIT))

#define CLEAR_BIT(REG, BIT)   ((REG) &= ~(BIT))

#define READ_BIT(REG, BIT)    ((REG) & (BIT))

#define CLEAR_REG(REG)        ((REG) = (0x0))

#define WRITE_REG(REG, VAL)   ((REG) = (VAL))

#define READ_REG(REG)         ((REG))

#define MODIFY_REG(REG, CLEARMASK, SETMASK)  WRITE_REG((REG), (((READ_REG(REG)) & (~(CLEARMASK))) | (SETMASK)))

#define POSITION_VAL(VAL)     (__CLZ(__RBIT(VAL)))

/**
  * @}
  */

#ifdef __cplusplus
}
#endif /* __cplusplus */

#endif /* STM32F4XX_H */
