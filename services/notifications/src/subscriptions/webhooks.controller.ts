import {
  ApiAcceptedResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
} from '@nestjs/swagger';
import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { PageOf, SecretAnswer } from '@sinergi/platform';
import { CreateWebhookDto } from './dto/create-webhook.dto';
import { DeliveryListQuery, WebhookListQuery } from './dto/list.query';
import { CreatedWebhookResponse, DeliveryResponse, WebhookResponse } from './dto/webhook.response';
import { Webhooks } from './webhooks.service';

@Controller('webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: Webhooks) {}

  @ApiCreatedResponse({
    type: CreatedWebhookResponse,
    description: 'The webhook, with its signing secret shown once',
  })
  @Post()
  @SecretAnswer()
  create(@Body() body: CreateWebhookDto) {
    return this.webhooks.create(body);
  }

  @ApiOkResponse({ type: PageOf(WebhookResponse) })
  @Get()
  list(@Query() query: WebhookListQuery) {
    return this.webhooks.list(query);
  }

  @ApiOkResponse({ type: WebhookResponse })
  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string) {
    return this.webhooks.get(id);
  }

  @ApiNoContentResponse({ description: 'Deleted; its pending deliveries are not sent' })
  @Delete(':id')
  @HttpCode(204)
  async delete(@Param('id', ParseUUIDPipe) id: string) {
    await this.webhooks.delete(id);
  }

  @ApiOkResponse({ type: PageOf(DeliveryResponse) })
  @Get(':id/deliveries')
  deliveries(@Param('id', ParseUUIDPipe) id: string, @Query() query: DeliveryListQuery) {
    return this.webhooks.deliveries(id, query);
  }

  @ApiAcceptedResponse({ type: DeliveryResponse, description: 'The new delivery, due now' })
  @Post(':id/deliveries/:deliveryId/redeliver')
  @HttpCode(202)
  redeliver(@Param('id', ParseUUIDPipe) id: string, @Param('deliveryId', ParseUUIDPipe) deliveryId: string) {
    return this.webhooks.redeliver(id, deliveryId);
  }
}
